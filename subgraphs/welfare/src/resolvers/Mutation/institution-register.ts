// Mutation.createRehabInstitution and Mutation.setInstitutionCapacity: the institution register of civil affairs.
import { randomUUID } from 'node:crypto';
import { writeAudit } from '#platform/audit/audit.js';
import { badInput } from '#platform/graphql/errors.js';
import { idempotent } from '#platform/graphql/idempotency.js';
import { insertInstitution, type InstitutionRecord, placesTakenAt, type ServicePriceRecord, updateInstitutionCapacity } from '../../data/institutions.js';
import type { MutationResolvers, ServiceForm, ServicePriceInput } from '../../generated/resolvers-types.js';
import { auditRequestOf, countyInRegionArg, forgetInstitution, idempotentWrite, manageableInstitution, textArg } from './institution-write-context.js';
import { t, term } from '#platform/i18n/request-language.js';

/** The schema's order of the forms, so that stored lists read the same however they were given. */
const SERVICE_FORM_ORDER: readonly ServiceForm[] = [
  'DAY_TRAINING',
  'VOCATIONAL_REHABILITATION',
  'TRANSITIONAL_HOUSING',
  'HOME_SUPPORT',
  'PEER_SUPPORT',
  'FAMILY_EXCHANGE',
];
const byFormOrder = (a: ServiceForm, b: ServiceForm) => SERVICE_FORM_ORDER.indexOf(a) - SERVICE_FORM_ORDER.indexOf(b);

/** Capacity is a count of places: a whole number, zero for an institution not yet taking cases. */
function capacityArg(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < 0) throw badInput(t('welfare.places', { argument }), argument);
  return value;
}

/** At least one form, none twice. */
function serviceFormsArg(forms: readonly ServiceForm[]): ServiceForm[] {
  if (forms.length === 0) throw badInput(t('welfare.serviceFormsEmpty', { argument: 'input.serviceForms' }), 'input.serviceForms');
  if (new Set(forms).size !== forms.length) throw badInput(t('welfare.serviceFormTwice'), 'input.serviceForms');
  return [...forms].sort(byFormOrder);
}

/** Published prices: exactly one per listed service form, in fen, not negative. */
function pricesArg(prices: readonly ServicePriceInput[], forms: readonly ServiceForm[]): ServicePriceRecord[] {
  const priced = new Set<ServiceForm>();
  for (const price of prices) {
    if (!forms.includes(price.serviceForm)) throw badInput(t('welfare.priceUnoffered', { form: term('ServiceForm', price.serviceForm) }), 'input.prices');
    if (priced.has(price.serviceForm)) throw badInput(t('welfare.priceTwice', { form: term('ServiceForm', price.serviceForm) }), 'input.prices');
    if (!Number.isInteger(price.priceCents) || price.priceCents < 0) throw badInput(t('welfare.priceCents'), 'input.prices');
    priced.add(price.serviceForm);
  }
  const unpriced = forms.filter((form) => !priced.has(form));
  if (unpriced.length > 0)
    throw badInput(t('welfare.priceMissing', { forms: unpriced.map((form) => term('ServiceForm', form)).join(t('text.listSeparator')) }), 'input.prices');
  return [...prices]
    .sort((a, b) => byFormOrder(a.serviceForm, b.serviceForm))
    .map((p) => ({ serviceForm: p.serviceForm, priceCents: p.priceCents, unit: p.unit }));
}

export const createRehabInstitution: NonNullable<MutationResolvers['createRehabInstitution']> = async (_parent, { input }, ctx, info) => {
  const name = textArg(input.name, 'input.name', 100);
  const countyCode = await countyInRegionArg(ctx, 'Mutation.createRehabInstitution', input.countyCode, 'input.countyCode');
  const capacity = capacityArg(input.capacity, 'input.capacity');
  const serviceForms = serviceFormsArg(input.serviceForms);
  const prices = pricesArg(input.prices, serviceForms);
  return idempotent(ctx.db, idempotentWrite(ctx, 'createRehabInstitution', input), async (trx): Promise<InstitutionRecord> => {
    const institution: InstitutionRecord = { id: randomUUID(), name, countyCode, capacity, serviceForms, prices };
    await insertInstitution(trx, institution);
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: null, fields: ['institution'] }]);
    return institution;
  });
};

export const setInstitutionCapacity: NonNullable<MutationResolvers['setInstitutionCapacity']> = async (_parent, { input }, ctx, info) => {
  const capacity = capacityArg(input.capacity, 'input.capacity');
  const result = await idempotent(ctx.db, idempotentWrite(ctx, 'setInstitutionCapacity', input), async (trx): Promise<InstitutionRecord> => {
    // The row lock makes a concurrent dispatch wait, so the places counted here stay the places taken.
    const institution = await manageableInstitution(trx, ctx, 'Mutation.setInstitutionCapacity', input.institutionId, { lock: true });
    const taken = await placesTakenAt(trx, institution.id);
    if (capacity < taken) throw badInput(t('welfare.capacityBelowTaken', { taken }), 'input.capacity');
    await updateInstitutionCapacity(trx, institution.id, capacity);
    await writeAudit(trx, auditRequestOf(ctx, info), [{ action: 'WRITE', pid: null, fields: ['institution.capacity'] }]);
    return { ...institution, capacity };
  });
  forgetInstitution(ctx, result.id);
  return result;
};
