/**
 * Loading a network's data and emptying it are acts of the network's administrator
 * (`administerNetwork`, held through the dataset's `networkStaffing`). A new network's first
 * load names its own administrator, who must be the one loading it. A later load may set up
 * groups and people, but it may not give anyone a governing authority (approving, ending,
 * administering …) or widen an existing role with an authority that the loader does not hold.
 */
import type { Dataset } from '../dataset/dataset.schema.js';
import { authorityLabels, governingAuthorities } from '../role/authority.js';
import { decideAuthority, rolesById, type AuthorityDecision } from './authority.js';
import { authorityGains, authorityMap, holdsAnywhere } from './authority-map.js';
import { networkStaffing } from './membership.js';
import type { RuntimeState } from './state.js';

/** May `personId` load `dataset` into a runtime in `state` (`first`: no dataset loaded yet)? */
export function decideLoad(state: RuntimeState, personId: string, dataset: Dataset, first: boolean): AuthorityDecision {
  if (first) {
    const proposed = { ...state, dataset };
    const decision = decideAuthority(proposed, personId, 'administerNetwork', { plans: networkStaffing(proposed) });
    if (decision.ok) return decision;
    return {
      ok: false,
      holders: decision.holders,
      message: {
        sv: `Ett nytt nätverk läses in av sin nätverksadministratör: «${personId}» måste finnas i datamängden och ha en plats med befogenheten «${authorityLabels.administerNetwork.sv}» i dess «networkStaffing».`,
        en: `A new network is loaded by its network administrator: «${personId}» must be in the dataset and hold a seat with the authority «${authorityLabels.administerNetwork.en}» in its «networkStaffing».`,
      },
    };
  }
  const decision = decideAuthority(state, personId, 'administerNetwork', { plans: networkStaffing(state) });
  if (!decision.ok) return decision;

  const before = authorityMap(state);
  const after = authorityMap({ ...state, dataset });
  const oldRoles = rolesById(state);
  const widened = [...rolesById({ ...state, dataset }).values()].flatMap((role) => {
    const old = oldRoles.get(role.id);
    if (!old) return [];
    return role.authorities.filter((a) => !old.authorities.includes(a) && !holdsAnywhere(before, personId, a)).map((a) => ({ role: role.name, authority: a }));
  });
  if (widened[0]) {
    const { role, authority } = widened[0];
    return refuse({
      sv: `Inläsningen ger rollen «${role}» befogenheten «${authorityLabels[authority].sv}», som den som läser in inte själv har.`,
      en: `The load gives the role «${role}» the authority «${authorityLabels[authority].en}», which the person loading it does not hold.`,
    });
  }
  const gained = authorityGains(before, after).find((g) => governingAuthorities.has(g.authority) && !holdsAnywhere(before, personId, g.authority));
  if (gained) {
    const name = dataset.people.find((p) => p.id === gained.personId)?.name ?? gained.personId;
    return refuse({
      sv: `Inläsningen ger ${name} befogenheten «${authorityLabels[gained.authority].sv}», som den som läser in inte själv har.`,
      en: `The load gives ${name} the authority «${authorityLabels[gained.authority].en}», which the person loading it does not hold.`,
    });
  }
  return decision;
}

/** May `personId` empty the network? */
export function decideClear(state: RuntimeState, personId: string): AuthorityDecision {
  return decideAuthority(state, personId, 'administerNetwork', { plans: networkStaffing(state) });
}

const refuse = (message: { sv: string; en: string }): AuthorityDecision => ({ ok: false, holders: [], message });
