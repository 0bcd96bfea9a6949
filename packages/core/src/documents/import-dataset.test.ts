import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createMemoryStore, createSamverkan, trustedRecords } from '../runtime/index.js';
import { samples } from '../samples/index.js';
import { importDataset } from './import-dataset.js';

/** A small network of our own, as a region would write it by hand. */
const yamlNetwork = `id: kustnatet
name:
  sv: Kustnätet för vård och omsorg
  en: The coastal care network
description:
  sv: Ett påhittat nätverk för test.
  en: An invented network for tests.
organisations:
  - id: havsby-kommun
    name: Havsby kommun
    kind: municipality
  - id: region-kust
    name: Region Kust
    kind: region
people:
  - id: p-ada
    name: Ada Strandberg
    organisationId: havsby-kommun
    professionalCategory: nurse
  - id: p-bo
    name: Bo Tångvik
    organisationId: region-kust
    professionalCategory: manager
roles:
  - id: administrator
    kind: administrator
    name: Nätverksadministratör
    authorities: [administerNetwork]
networkStaffing:
  entries:
    - roleId: administrator
      organisationId: region-kust
      personIds: [p-bo]
`;

describe('importDataset', () => {
  it('reads a network from YAML and from JSON, checked as runtime.load checks it, and it loads', async () => {
    const fromYaml = importDataset(yamlNetwork, { fileName: 'kustnatet.yaml' });
    expect(fromYaml.ok, JSON.stringify(fromYaml)).toBe(true);
    if (!fromYaml.ok) return;
    expect(fromYaml.format).toBe('yaml');
    expect(fromYaml.value.people.map((p) => p.id)).toEqual(['p-ada', 'p-bo']);

    const fromJson = importDataset(JSON.stringify(fromYaml.value, null, 2));
    expect(fromJson).toMatchObject({ ok: true, format: 'json' });
    if (fromJson.ok) expect(fromJson.value).toEqual(fromYaml.value);

    const runtime = await createSamverkan({ store: createMemoryStore(), identity: trustedRecords(), clock: () => '2026-02-01T00:00:00Z' });
    const loaded = await runtime.load(fromYaml.value, { by: 'p-bo', at: '2026-01-05T09:00:00+01:00' });
    expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
    expect(runtime.getState().dataset.organisations).toHaveLength(2);
  });

  it('takes every sample as YAML', () => {
    for (const [name, sample] of Object.entries(samples)) {
      const result = importDataset(stringify(sample), { format: 'yaml' });
      expect(result.ok, `${name}: ${result.ok ? '' : result.message.en}`).toBe(true);
    }
  });

  it('locates a reference to an organisation that does not exist by path, line and column, in Swedish and English', () => {
    const text = yamlNetwork.replace('organisationId: region-kust', 'organisationId: region-kusten');
    const result = importDataset(text, { fileName: 'kustnatet.yml' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.pathText === 'people[1].organisationId');
    expect(issue, JSON.stringify(result.issues)).toBeDefined();
    const line = text.split('\n').findIndex((l) => l.includes('region-kusten')) + 1;
    expect(issue).toMatchObject({ line, column: 21 });
    expect(issue!.message.sv).toContain(`(rad ${line}, kolumn 21)`);
    expect(issue!.message.sv).toContain('region-kusten');
    expect(issue!.message.en).toContain(`(line ${line}, column 21)`);
    // As the README shows it.
    expect(issue!.message.sv).toBe('«people[1].organisationId» hänvisar till organisationen «region-kusten» som inte finns (rad 22, kolumn 21)');
  });

  it('locates a missing field at the object that lacks it, and an unknown field at its key', () => {
    const text = yamlNetwork.replace('    professionalCategory: manager\n', '    professionalCategory: manager\n    nickname: Bosse\n').replace('    kind: region\n', '');
    const result = importDataset(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = text.split('\n');
    const missing = result.issues.find((i) => i.pathText === 'organisations[1].kind');
    expect(missing, JSON.stringify(result.issues)).toMatchObject({ line: lines.findIndex((l) => l.includes('id: region-kust')) + 1 });
    const unknown = result.issues.find((i) => i.message.en.includes('nickname'));
    expect(unknown?.line, JSON.stringify(result.issues)).toBeGreaterThan(lines.findIndex((l) => l.includes('id: p-bo')));
    expect(result.message.sv).toMatch(/^Ogiltiga uppgifter: /);
  });

  it('locates a YAML syntax error and a duplicate field by line, with a Swedish explanation', () => {
    const badIndent = importDataset(yamlNetwork.replace('  - id: region-kust\n', '  - id: region-kust\n   oops: [\n'), { format: 'yaml' });
    expect(badIndent.ok).toBe(false);
    if (!badIndent.ok) {
      expect(badIndent.issues[0]!.code).toBe('syntax');
      expect(badIndent.issues[0]!.line).toBeGreaterThan(10);
      expect(badIndent.issues[0]!.message.sv).toMatch(/^Filen kunde inte läsas: /);
    }
    const duplicate = importDataset(yamlNetwork.replace('    kind: region\n', '    kind: region\n    kind: agency\n'), { format: 'yaml' });
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) {
      const line = yamlNetwork.split('\n').findIndex((l) => l.includes('kind: region')) + 2;
      expect(duplicate.issues[0]).toMatchObject({ line });
      expect(duplicate.issues[0]!.message.sv).toContain('samma fält står två gånger');
      expect(duplicate.issues[0]!.message.en).toContain('the same field appears twice');
    }
  });

  it('locates a JSON syntax error by line and column', () => {
    const text = '{\n  "id": "kustnatet",\n  "name": { "sv": "K", "en": "K" },,\n}';
    const result = importDataset(text, { fileName: 'nat.json' });
    expect(result).toMatchObject({ ok: false, format: 'json' });
    if (!result.ok) {
      expect(result.issues[0]).toMatchObject({ code: 'syntax', line: 3 });
      expect(result.issues[0]!.message.sv).toContain('texten är inte giltig JSON');
      expect(result.issues[0]!.message.en).toContain('the text is not valid JSON');
    }
  });

  it('refuses an alias bomb and a file over the size limit without expanding or reading it all', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n');
    const bombed = importDataset(bomb, { format: 'yaml' });
    expect(bombed.ok).toBe(false);
    if (!bombed.ok) expect(bombed.issues[0]!.message.en).toMatch(/^The file could not be read: .*(alias|resource exhaustion)/i);
    const huge = importDataset(`${'#'.repeat(5_000_001)}\n`, { format: 'yaml' });
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.issues[0]!.message.en).toContain('larger than the allowed');
  });

  it('refuses a file that is not a network at all, in both languages, without throwing', () => {
    for (const text of ['', '42', '- a\n- b\n', 'null']) {
      const result = importDataset(text, { format: 'yaml' });
      expect(result.ok, text).toBe(false);
      if (!result.ok) {
        expect(result.message.sv.length).toBeGreaterThan(0);
        expect(result.message.en.length).toBeGreaterThan(0);
      }
    }
  });
});
