/** A titled section of a page (h2), labelled by its heading for landmark navigation. */
import { useId, type ReactNode } from 'react';

export function Section({ title, children, level = 2, headingId }: { title: string; children: ReactNode; level?: 2 | 3; headingId?: string }) {
  const generated = useId();
  const id = headingId ?? generated;
  const Heading = `h${level}` as 'h2';
  return (
    <section className="sv-demo-section" aria-labelledby={id}>
      <Heading className="sv-heading" id={id} tabIndex={headingId ? -1 : undefined}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
