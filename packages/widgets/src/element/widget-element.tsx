/**
 * The custom element every widget is: it reads its attributes, opens one shadow root with the
 * kit's stylesheet adopted, and renders the widget's view there with React (the page's own, or
 * the one bundled in the script-tag build). Events go out as `samverkan-*` CustomEvents that
 * bubble and cross the shadow boundary. A host with its own sign-in sets `tokenProvider`.
 *
 * Whatever goes wrong stays inside the element: a bad attribute, a server away or a view that
 * throws becomes a message in the widget's language and a `samverkan-error` event — never an
 * uncaught error on the host's page.
 */
import { enableShadowRootSupport } from '@samverkan/ui';
import { Component, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { connectionFor } from '../connection/network-connection.js';
import type { SamverkanActionDetail, SamverkanErrorDetail, SamverkanReadyDetail, TokenProvider, WidgetLocale } from '../public/widget-types.js';
import { widgetStylesheet } from '../styles/widget-stylesheet.js';
import { AttributeNotes, ProblemNotice, useReportProblems, WidgetFrame } from '../views/widget-frame.js';
import { WidgetContext, type WidgetEmitter } from '../views/widget-context.js';
import { readAttributes, widgetAttributes, type WidgetConfig, type WidgetKind } from './widget-attributes.js';
import { problemDetail, type WidgetProblem } from './widget-problem.js';

/** The view a widget renders, given its checked attributes. */
export type WidgetView = () => ReactNode;

let shadowSupport = false;

/**
 * Runs `work` once the page has painted its next frame (a task after the frame), or after 200 ms
 * where frames do not come (a page in a background tab).
 */
function afterNextPaint(view: (Window & typeof globalThis) | null, work: () => void): void {
  const win = view ?? window;
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  win.requestAnimationFrame(() => win.setTimeout(once, 0));
  win.setTimeout(once, 200);
}

/** `HTMLElement`, or a stand-in where there is none (a server rendering a page imports this module too). */
const ElementBase: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/** What the four elements share. Not registered itself. */
export abstract class SamverkanWidgetElement extends ElementBase {
  static get observedAttributes(): readonly string[] {
    return widgetAttributes;
  }

  #root: Root | undefined;
  #mount: HTMLDivElement | undefined;
  #tokenProvider: TokenProvider | undefined;
  #locale: WidgetLocale = 'sv';
  readonly #kind: WidgetKind;
  readonly #view: WidgetView;
  /** Connected, set up after the page's next paint. */
  #waiting = false;

  /**
   * @param kind which widget this is
   * @param view its view (a component; typed loosely so that the package's types name no React)
   */
  protected constructor(kind: WidgetKind, view: object) {
    super();
    this.#kind = kind;
    this.#view = view as WidgetView;
  }

  /**
   * For a host with its own sign-in: returns a bearer token the Samverkan server accepts (called
   * before every request, so it may refresh it). Without one, the server's session cookie is used.
   */
  get tokenProvider(): TokenProvider | undefined {
    return this.#tokenProvider;
  }

  set tokenProvider(provider: TokenProvider | undefined) {
    this.#tokenProvider = typeof provider === 'function' ? provider : undefined;
    this.#render();
  }

  connectedCallback(): void {
    if (this.#mount) {
      this.#root ??= createRoot(this.#mount);
      this.#render();
      return;
    }
    if (this.#waiting) return;
    // The first time, the host page paints first: the widget has nothing to show before the
    // server answers, and its stylesheet and first render would otherwise hold back the page's
    // own first paint (Lighthouse's LCP on a phone).
    this.#waiting = true;
    afterNextPaint(this.ownerDocument.defaultView, () => {
      this.#waiting = false;
      if (this.isConnected && !this.#mount) this.#setUp();
    });
  }

  #setUp(): void {
    if (!shadowSupport) {
      // react-aria must follow presses inside shadow roots (see @samverkan/ui's README).
      enableShadowRootSupport();
      shadowSupport = true;
    }
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [widgetStylesheet(this.ownerDocument)];
    this.#mount = this.ownerDocument.createElement('div');
    shadow.append(this.#mount);
    this.#root = createRoot(this.#mount);
    this.#render();
  }

  disconnectedCallback(): void {
    // A widget moved within the page is disconnected and connected again at once: wait.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#root?.unmount();
      this.#root = undefined;
    });
  }

  attributeChangedCallback(): void {
    this.#render();
  }

  #emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  readonly #emitter: WidgetEmitter = {
    action: (detail: SamverkanActionDetail) => this.#emit('samverkan-action', detail),
    error: (problem: WidgetProblem) => this.#emit<SamverkanErrorDetail>('samverkan-error', problemDetail(problem, this.#locale)),
    ready: (detail: SamverkanReadyDetail) => this.#emit('samverkan-ready', detail),
  };

  #render(): void {
    if (!this.#root || !this.isConnected) return;
    const inherited = this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? this.ownerDocument.documentElement.lang;
    const read = readAttributes(this.#kind, (name) => this.getAttribute(name), inherited || undefined, this.ownerDocument.defaultView?.location.origin ?? '');
    this.#locale = read.locale;
    this.#root.render(<WidgetRoot config={read.config} problems={read.problems} locale={this.#locale} tokenProvider={this.#tokenProvider} emit={this.#emitter} view={this.#view} />);
  }
}

interface WidgetRootProps {
  config: WidgetConfig | undefined;
  problems: WidgetProblem[];
  locale: WidgetLocale;
  tokenProvider: TokenProvider | undefined;
  emit: WidgetEmitter;
  view: WidgetView;
}

function WidgetRoot({ config, problems, locale, tokenProvider, emit, view: View }: WidgetRootProps) {
  useReportProblems(problems, emit.error);
  const headingLevel = config?.headingLevel ?? 2;
  return (
    <WidgetFrame locale={locale}>
      {config ? (
        <>
          <AttributeNotes problems={problems} locale={locale} />
          <ViewBoundary locale={locale} headingLevel={headingLevel} emit={emit}>
            <Connected config={config} tokenProvider={tokenProvider} emit={emit} view={View} />
          </ViewBoundary>
        </>
      ) : (
        <ProblemNotice problems={problems} locale={locale} headingLevel={headingLevel} />
      )}
    </WidgetFrame>
  );
}

function Connected({ config, tokenProvider, emit, view: View }: { config: WidgetConfig; tokenProvider: TokenProvider | undefined; emit: WidgetEmitter; view: WidgetView }) {
  const connection = connectionFor(config.server, config.network, tokenProvider);
  return (
    <WidgetContext.Provider value={{ config, connection, emit }}>
      <Retained connection={connection}>
        <View />
      </Retained>
    </WidgetContext.Provider>
  );
}

/** Holds the connection while the view is shown (the page's widgets share it). */
class Retained extends Component<{ connection: ReturnType<typeof connectionFor>; children: ReactNode }> {
  #held: ReturnType<typeof connectionFor> | undefined;
  override componentDidMount(): void {
    this.#hold();
  }
  override componentDidUpdate(): void {
    this.#hold();
  }
  override componentWillUnmount(): void {
    this.#held?.release();
    this.#held = undefined;
  }
  #hold(): void {
    if (this.#held === this.props.connection) return;
    this.#held?.release();
    this.#held = this.props.connection;
    this.#held.retain();
  }
  override render(): ReactNode {
    return this.props.children;
  }
}

/** A view that throws shows a message instead of taking the page down. */
class ViewBoundary extends Component<{ locale: WidgetLocale; headingLevel: 2 | 3 | 4; emit: WidgetEmitter; children: ReactNode }, { failed: WidgetProblem | undefined }> {
  override state: { failed: WidgetProblem | undefined } = { failed: undefined };
  static getDerivedStateFromError(error: unknown): { failed: WidgetProblem } {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown';
    return { failed: { code: 'INTERNAL', message: { sv: `Widgeten stötte på ett fel (${detail}).`, en: `The widget ran into an error (${detail}).` } } };
  }
  override componentDidCatch(): void {
    if (this.state.failed) this.props.emit.error(this.state.failed);
  }
  override render(): ReactNode {
    if (this.state.failed) return <ProblemNotice problems={[this.state.failed]} locale={this.props.locale} headingLevel={this.props.headingLevel} />;
    return this.props.children;
  }
}
