// The registry's consented uploads reach the platform exactly once, with real processes killed between upload, import and acknowledgement.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '#platform/identity/dev-tokens.js';
import { ensureDevKeys } from '#platform/identity/keys.js';
import { buildCitizenId } from '#platform/identity/citizen-id.js';
import { availableBackends, createScratchDatabase, postGraphQL, type LooseData } from '../federation-harness.js';
import { freePort, type RunningProcess, runEntryPoint } from '../processes.js';

// Killing a process mid-write needs a database that outlives it on its own: PostgreSQL.
const postgres = (await availableBackends()).includes('postgres');

describe.skipIf(!postgres)('referral hand-off from the registry to the platform, with processes killed on the way', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  let dataDir: string;
  let registryUrl: string;
  let registryDb: Knex;
  let welfareDb: Knex;
  let env: NodeJS.ProcessEnv;
  let clinician: string;
  let sequence = 500;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'pj-handoff-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const registry = await createScratchDatabase('handoff_registry');
    const welfare = await createScratchDatabase('handoff_welfare');
    cleanups.push(registry.drop, welfare.drop);
    const registryPort = await freePort();
    registryUrl = `http://127.0.0.1:${registryPort}/graphql`;
    env = {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      DATABASE_URL_REGISTRY: registry.url,
      DATABASE_URL_WELFARE: welfare.url,
      REGISTRY_PORT: String(registryPort),
      WELFARE_PORT: String(await freePort()),
      REGISTRY_URL: registryUrl,
      LINKAGE_KEY: 'ab'.repeat(32),
      REFERRAL_IMPORT_INTERVAL_MS: '200',
    };
    registryDb = knex({ client: 'pg', connection: registry.url });
    welfareDb = knex({ client: 'pg', connection: welfare.url });
    cleanups.unshift(
      () => registryDb.destroy(),
      () => welfareDb.destroy(),
    );
    const key = await ensureDevKeys(dataDir);
    clinician = await signDevToken(key, { role: 'HOSPITAL_CLINICIAN', region: '440300', issuer: 'patient-journey-dev', audience: 'patient-journey' });
  });

  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  async function start(file: 'registry' | 'welfare', extra: NodeJS.ProcessEnv = {}): Promise<RunningProcess> {
    const child = runEntryPoint(`subgraphs/${file}/src/server.ts`, [], { ...env, ...extra });
    cleanups.unshift(() => void child.child.kill('SIGKILL'));
    await child.waitForOutput('listening', 60_000);
    return child;
  }

  const kill = async (child: RunningProcess) => {
    child.child.kill('SIGKILL');
    await child.exited;
  };

  /** Registers a patient with both consents and uploads a referral; returns the upload id. */
  async function consentedUpload(): Promise<string> {
    const call = async (query: string, variables: Record<string, unknown>) => {
      const body = await postGraphQL<LooseData>(registryUrl, query, variables, clinician);
      expect(body.errors).toBeUndefined();
      return body.data!;
    };
    const citizenId = buildCitizenId('440305', '1979-09-09', sequence++);
    const registered = await call(`mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { person { pid } } }`, {
      input: {
        citizenId,
        name: '测试',
        countyCode: '440305',
        guardianName: '监护人',
        diagnosis: 'BIPOLAR_DISORDER',
        icd10: 'F31.2',
        diagnosedOn: '2024-05-01',
        riskLevel: 1,
      },
    });
    const pid = registered.registerPatient.person.pid as string;
    await call(`mutation ($pid: ID!) { recordConsent(input: { pid: $pid, grantedBy: PATIENT_AND_GUARDIAN }) { person { pid } } }`, { pid });
    const uploaded = await call(`mutation ($pid: ID!) { uploadReferral(input: { pid: $pid }) { id } }`, { pid });
    return uploaded.uploadReferral.id as string;
  }

  async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const referralsFor = (uploadId: string) => welfareDb('referral').where({ source_upload_id: uploadId });
  const uploadStatus = async (uploadId: string) => (await registryDb('referral_upload').where({ id: uploadId }).first('status')).status as string;

  it('loses nothing when the registry is killed right after the upload, and imports once when it is back', async () => {
    const registry = await start('registry', { REFERRAL_IMPORT_INTERVAL_MS: '0' });
    const uploadId = await consentedUpload();
    await kill(registry);
    // The platform polls a registry that is down: nothing happens, nothing breaks.
    const welfare = await start('welfare');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await referralsFor(uploadId)).toHaveLength(0);
    const again = await start('registry');
    await until(async () => (await uploadStatus(uploadId)) === 'DELIVERED', 20_000);
    expect(await referralsFor(uploadId)).toHaveLength(1);
    await kill(welfare);
    await kill(again);
  });

  it('duplicates nothing when the platform is killed between its import and the acknowledgement', async () => {
    const registry = await start('registry');
    const uploadId = await consentedUpload();
    // This platform process kills itself right after its import commits, before the registry hears of it.
    const crashing = runEntryPoint('subgraphs/welfare/src/server.ts', [], { ...env, REFERRAL_IMPORT_CRASH_AFTER_IMPORT: 'true' });
    cleanups.unshift(() => void crashing.child.kill('SIGKILL'));
    expect((await crashing.exited).signal).toBe('SIGKILL');
    expect(await referralsFor(uploadId)).toHaveLength(1);
    expect(await uploadStatus(uploadId)).toBe('PENDING');

    const welfare = await start('welfare');
    await until(async () => (await uploadStatus(uploadId)) === 'DELIVERED', 20_000);
    const referrals = await referralsFor(uploadId);
    expect(referrals).toHaveLength(1);
    expect(referrals[0]).toMatchObject({ channel: 'MEDICAL_INSTITUTION', status: 'SUBMITTED', county_code: '440305' });
    expect(await welfareDb('referral_transition').where({ referral_id: referrals[0].id })).toHaveLength(1);
    // One audit row for the one import, none for the replay.
    expect(
      await welfareDb('audit_log')
        .where({ operation_name: 'importReferralUploads' })
        .whereRaw('? = any(fields)', ['referral'])
        .where({ pid: referrals[0].pid }),
    ).toHaveLength(1);
    await kill(welfare);
    await kill(registry);
  });
});
