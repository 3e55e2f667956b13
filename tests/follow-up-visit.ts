// A well-formed follow-up visit for recordFollowUp, as the registry's tests and the self-healing test write one.
export const followUpVisit = (pid: string, date: string, overrides: Record<string, unknown> = {}) => ({
  pid,
  date,
  mode: 'HOME_VISIT',
  riskLevel: 0,
  symptomsResolved: true,
  insight: 'GOOD',
  socialFunction: { personalCare: 0, housework: 0, productiveWork: 1, learning: 0, socialInteraction: 1 },
  medicationAdherence: 'REGULAR',
  adverseReactions: false,
  hospitalizedSinceLastVisit: false,
  ...overrides,
});
