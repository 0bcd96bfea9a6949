/**
 * Eget nätverk — a network of one's own, made two ways: step by step with the guided form
 * (network-wizard.tsx), or from a file — the visitor pastes or picks the JSON or YAML file their
 * region keeps its network in, core's `importDataset` checks it (every problem with its path,
 * line and column, shown next to the field), and the administrator the file names loads it.
 * Either way the network is kept in this browser (IndexedDB) and opens like a sample, at `/eget`.
 * Every rule is core's: the page only shows what core answers.
 */
import type { Dataset } from '@samverkan/core';
import { importDataset, type ImportIssue } from '@samverkan/core/documents';
import { useLocale } from '@samverkan/ui';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { Button, FieldError, Form, Label, TextArea, TextField } from 'react-aria-components';
import { runningNow, startClock } from '../app/clock.js';
import { importOwnNetwork } from '../app/own-network.js';
import { Link } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { ownNetworkId } from '../app/samples.js';
import { PageHeading } from '../shell/page-heading.js';
import { Section } from '../shell/section.js';
import { NetworkWizard } from './network-wizard.js';

const text = {
  title: { sv: 'Ett eget nätverk', en: 'A network of your own' },
  intro: {
    sv: 'Skapa ert eget nätverk steg för steg, eller läs in det från en fil. Varje steg kontrolleras som verktyget kontrollerar all indata. Nätverket sparas i din webbläsare och öppnas som exemplen: planera möten, bemanna, tillsätt grupper.',
    en: 'Make your own network step by step, or load it from a file. Every step is checked as the toolkit checks all input. The network is kept in your browser and opens like the samples: plan meetings, staff seats, set up groups.',
  },
  fromFile: { sv: 'Läs in från en fil', en: 'Load from a file' },
  fromFileIntro: {
    sv: 'En JSON- eller YAML-fil med organisationer, personer, roller, grupper och deras bemanning. Varje fel visas med rad och kolumn. Nätverket ersätter ett tidigare eget nätverk i den här webbläsaren.',
    en: 'A JSON or YAML file with organisations, people, roles, groups and their staffing. Every error is shown with its line and column. The network replaces an earlier network of your own in this browser.',
  },
  open: { sv: 'Öppna nätverket', en: 'Open the network' },
  file: { sv: 'Välj en fil', en: 'Choose a file' },
  field: { sv: 'Nätverkets fil (JSON eller YAML)', en: 'The network’s file (JSON or YAML)' },
  load: { sv: 'Läs in nätverket', en: 'Load the network' },
  empty: { sv: 'Klistra in eller välj en fil först.', en: 'Paste or choose a file first.' },
  noAdministrator: {
    sv: 'Filen anger ingen nätverksadministratör: ge någon befogenheten «Förvalta nätverket» i «networkStaffing».',
    en: 'The file names no network administrator: give someone the authority «Administer the network» in «networkStaffing».',
  },
  loaded: { sv: 'Nätverket är inläst', en: 'The network is loaded' },
  organisations: { sv: 'Organisationer', en: 'Organisations' },
  people: { sv: 'Personer', en: 'People' },
  roles: { sv: 'Roller', en: 'Roles' },
  groups: { sv: 'Grupper', en: 'Groups' },
  loadedBy: { sv: 'Inläst av', en: 'Loaded by' },
} as const;

/** Never wider than the page, down to 320 px (a file input and a text area have widths of their own). */
const fits = { inlineSize: '100%', minInlineSize: 0, boxSizing: 'border-box' } as const;

interface Loaded {
  dataset: Dataset;
  administrator: string;
}

/** The person the dataset seats with `administerNetwork` in its network staffing: who loads it. */
function administratorOf(dataset: Dataset): string | undefined {
  const roles = new Set(dataset.roles.filter((r) => r.authorities.includes('administerNetwork')).map((r) => r.id));
  return dataset.networkStaffing.entries.find((e) => roles.has(e.roleId) && e.personIds.length > 0)?.personIds[0];
}

export function OwnNetworkPage() {
  const locale = useLocale();
  const [source, setSource] = useState('');
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const [issues, setIssues] = useState<readonly ImportIssue[]>([]);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const fileId = useId();

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setSource(await file.text());
  };

  const refuse = (message: { sv: string; en: string }) => setIssues([{ path: [], pathText: '', code: 'custom', message }]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setLoaded(undefined);
    if (source.trim() === '') return refuse(text.empty);
    const result = importDataset(source, fileName === undefined ? {} : { fileName });
    if (!result.ok) return setIssues(result.issues);
    const administrator = administratorOf(result.value);
    if (administrator === undefined) return refuse(text.noAdministrator);
    setBusy(true);
    try {
      // The administrator the file names loads it, as a region's first load; kept in this browser.
      const answer = await importOwnNetwork(result.value, administrator, runningNow(startClock(new Date().toISOString())));
      if (!answer.ok) return refuse(answer.error.message);
      setIssues([]);
      setLoaded({ dataset: result.value, administrator });
    } finally {
      setBusy(false);
    }
  };

  const admin = loaded?.dataset.people.find((p) => p.id === loaded.administrator);
  return (
    <>
      <PageHeading title={text.title[locale]} />
      <p className="sv-demo-lead">{text.intro[locale]}</p>
      <NetworkWizard locale={locale} />
      <Section title={text.fromFile[locale]}>
      <p className="sv-description">{text.fromFileIntro[locale]}</p>
      <Form className="sv-demo-form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
        <div className="sv-field" style={{ minInlineSize: 0 }}>
          <label className="sv-label" htmlFor={fileId}>
            {text.file[locale]}
          </label>
          <input id={fileId} className="sv-input" style={fits} type="file" accept=".json,.yaml,.yml,application/json,application/yaml" onChange={(event) => void pick(event)} />
        </div>
        <TextField className="sv-field" value={source} onChange={setSource} isInvalid={issues.length > 0} name="network">
          <Label className="sv-label">{text.field[locale]}</Label>
          <TextArea className="sv-input" data-multiline="" rows={16} spellCheck={false} style={fits} />
          <FieldError className="sv-field-error">
            <ul>
              {issues.map((issue, n) => (
                <li key={n}>{issue.message[locale]}</li>
              ))}
            </ul>
          </FieldError>
        </TextField>
        <div className="sv-demo-form__actions">
          <Button className="sv-button" type="submit" isDisabled={busy}>
            {text.load[locale]}
          </Button>
        </div>
      </Form>
      <div role="status">
        {loaded && (
          <Section title={`${text.loaded[locale]}: ${loaded.dataset.name[locale] ?? loaded.dataset.name.sv}`}>
            <dl className="sv-description">
              <dt>{text.organisations[locale]}</dt>
              <dd>{loaded.dataset.organisations.map((o) => o.name).join(', ')}</dd>
              <dt>{text.people[locale]}</dt>
              <dd>{loaded.dataset.people.length}</dd>
              <dt>{text.roles[locale]}</dt>
              <dd>{loaded.dataset.roles.map((r) => r.name).join(', ')}</dd>
              <dt>{text.groups[locale]}</dt>
              <dd>{loaded.dataset.groups.map((g) => g.name).join(', ')}</dd>
              <dt>{text.loadedBy[locale]}</dt>
              <dd>{admin?.name ?? loaded.administrator}</dd>
            </dl>
            <p>
              <Link href={pathOf(ownNetworkId, 'overview')}>{text.open[locale]}</Link>
            </p>
          </Section>
        )}
      </div>
      </Section>
    </>
  );
}
