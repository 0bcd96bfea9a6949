/**
 * What the banner's person button shows — initials, name and role — for the person switcher
 * and for the signed-in person alike; `lead` is read before the name by screen readers only
 * («Byt person – nu», «Inloggad som»).
 */
export function PersonButtonFace({ lead, name, roleName }: { lead: string; name: string; roleName: string }) {
  const initials = name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .slice(0, 2);
  return (
    <>
      <span className="sv-demo-person__avatar" aria-hidden="true">
        {initials}
      </span>
      <span className="sv-visually-hidden">{lead} </span>
      <span className="sv-demo-person__text">
        <span className="sv-demo-person__name">{name}</span> <span className="sv-demo-person__role">{roleName}</span>
      </span>
    </>
  );
}
