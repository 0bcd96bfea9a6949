import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import * as labels from './index.js';

const coreDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The modules a source file loads at run time: its imports and re-exports that are not type-only. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const names: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) names.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined) {
      const typeOnly = node.isTypeOnly || (node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) names.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return names;
}

/** Every module the labels entry loads at run time, and what each loads from outside core. */
function graph() {
  const seen = new Map<string, string[]>();
  const queue = [join(coreDir, 'src', 'labels', 'index.ts')];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const imports = valueImports(file);
    seen.set(file, imports.filter((name) => !name.startsWith('.')));
    for (const name of imports.filter((n) => n.startsWith('.'))) queue.push(join(dirname(file), name.replace(/\.js$/, '.ts')));
  }
  return [...seen].map(([file, outside]) => ({ file: relative(coreDir, file), outside }));
}

describe('@samverkan/core/labels', () => {
  it('reaches no zod, no xstate and no schema or machine module', () => {
    const modules = graph();
    expect(modules.length).toBeGreaterThan(5);
    expect(modules.filter((m) => m.outside.length > 0)).toEqual([]);
    expect(modules.map((m) => m.file).filter((f) => /\.(schema|machine)\.ts$/.test(f))).toEqual([]);
  });

  it('lists the values the schemas accept, in the same order (one source of truth)', () => {
    const pairs: [readonly string[], { options: readonly string[] }][] = [
      [labels.meetingStatuses, core.MeetingStatus],
      [labels.agendaItemKinds, core.AgendaItemKind],
      [labels.attendanceStatuses, core.AttendanceStatus],
      [labels.attendanceModes, core.AttendanceMode],
      [labels.escalationTargets, core.EscalationTarget],
      [labels.authorities, core.Authority],
      [labels.roleKinds, core.RoleKind],
      [labels.professionalCategories, core.ProfessionalCategory],
      [labels.deliverableKinds, core.DeliverableKind],
      [labels.mandateClassifications, core.MandateClassification],
      [labels.mandateSections, core.MandateSection],
      [labels.riskLevels, core.RiskLevel],
      [labels.riskStatuses, core.RiskStatus],
      [labels.communicationAudiences, core.CommunicationAudience],
      [labels.communicationRevisionTriggers, core.CommunicationRevisionTrigger],
    ];
    for (const [list, schema] of pairs) expect(schema.options).toEqual([...list]);
  });

  it('labels every value of each list in the list’s order, in Swedish and English', () => {
    const pairs: [readonly string[], Record<string, { sv: string; en: string }>][] = [
      [labels.meetingStatuses, labels.meetingStatusLabels],
      [labels.agendaItemKinds, labels.agendaItemKindLabels],
      [labels.attendanceStatuses, labels.attendanceStatusLabels],
      [labels.attendanceModes, labels.attendanceModeLabels],
      [labels.escalationTargets, labels.escalationTargetLabels],
      [labels.authorities, labels.authorityLabels],
      [labels.roleKinds, labels.roleKindLabels],
      [labels.professionalCategories, labels.professionalCategoryLabels],
      [labels.deliverableKinds, labels.deliverableKindLabels],
      [labels.mandateClassifications, labels.mandateClassificationLabels],
      [labels.mandateSections, labels.mandateSectionLabels],
      [labels.riskLevels, labels.riskLevelLabels],
      [labels.riskStatuses, labels.riskStatusLabels],
      [labels.communicationAudiences, labels.communicationAudienceLabels],
      [labels.communicationRevisionTriggers, labels.communicationRevisionTriggerLabels],
    ];
    for (const [list, names] of pairs) {
      // A view that shows a lifecycle reads the order from the labels (MeetingLifecycle does).
      expect(Object.keys(names)).toEqual([...list]);
      // Every value has a Swedish and an English label with text in it.
      for (const value of list) expect([names[value]?.sv, names[value]?.en], value).toEqual([expect.stringMatching(/\S/), expect.stringMatching(/\S/)]);
    }
  });

  it('gives the same labels and helpers the main entry exports under the same names', () => {
    const shared = Object.keys(labels).filter((name) => name in core);
    // The lists are this entry's own; the main entry has them as the schemas' `options`.
    expect(Object.keys(labels).filter((name) => !(name in core)).every((name) => /s$/.test(name))).toBe(true);
    expect(shared.length).toBeGreaterThan(20);
    for (const name of shared) expect(labels[name as keyof typeof labels]).toBe(core[name as keyof typeof core]);
  });

  it('names a role, a person and a kind as the main entry does', () => {
    expect(labels.roleDisplayName({ name: 'Kommunrepresentant', kind: 'representative' }, 'en')).toBe('Representative');
    expect(labels.personDisplayName({ name: 'Helena Vik', erased: true }, 'en')).toBe('Erased person');
    const vocabulary = { deliverableKinds: [{ id: 'vgr:verksamhetsberattelse', label: { sv: 'Verksamhetsberättelse', en: 'Annual review' } }] };
    expect(labels.deliverableKindLabel('vgr:verksamhetsberattelse', vocabulary).sv).toBe('Verksamhetsberättelse');
    expect(labels.riskLevel(labels.riskScore({ likelihood: 3, impact: 4 }))).toBe('high');
  });
});
