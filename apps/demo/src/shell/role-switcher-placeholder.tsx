/** The texts of the person menu, shared with its placeholder while the sample loads. */

export const roleSwitcherText = {
  label: { sv: 'Du agerar som', en: 'You are acting as' },
  button: { sv: 'Byt person – nu', en: 'Switch person – now' },
  dialog: { sv: 'Byt person', en: 'Switch person' },
  help: {
    sv: 'Välj en person och roll för att se vad just den får göra. I en riktig tjänst bestäms det av inloggningen.',
    en: 'Choose a person and role to see what they may do. In a real service, the sign-in decides this.',
  },
  loading: { sv: 'Laddar …', en: 'Loading …' },
} as const;
