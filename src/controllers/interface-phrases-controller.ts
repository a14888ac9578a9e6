import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interfaceLanguageFor, type InterfaceLanguage } from '../model/interface-language.js';
import { ENGLISH_PHRASES, layPhrases, type Phrases } from '../model/interface-phrases.js';
import { loadedLanguage, loadLanguage, pageStrings, watchPageStrings } from './interface-languages.js';

/**
 * An element's interface words: the phrases of its language (its `locale`, else its nearest `lang`, else the
 * browser's), whose module it loads on demand beside the script, with the page's renamings
 * (`setInterfaceStrings`) and the element's own (`strings`) laid over them. English until the module is
 * there; the host updates when it arrives, and when the page's renamings change.
 */
export class InterfacePhrasesController implements ReactiveController {
  /** The phrases to show, the same object until something they are made of changes. */
  phrases: Phrases = ENGLISH_PHRASES;
  /** The interface language in use. */
  language: InterfaceLanguage = 'en';
  private madeOf: unknown[] = [];
  private declaredLocale?: string;
  private resolvedOnce = false;
  private resolved: InterfaceLanguage = 'en';
  private stopWatching?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly inputs: () => { declaredLocale: string | undefined; strings: unknown },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopWatching = watchPageStrings(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /**
   * True while the language's words are on their way: the host keeps its drawing hidden (not collapsed) rather
   * than show English for a moment.
   */
  get waiting(): boolean {
    return loadedLanguage(this.language) === undefined;
  }

  /** Resolves once the language's words are in, or could not be had (then English shows). */
  whenReady(): Promise<void> {
    return loadLanguage(this.language);
  }

  /** Works out the phrases for the host's coming update; called from its `willUpdate`. */
  update(): void {
    const { declaredLocale, strings } = this.inputs();
    // Worked out again only when the declared locale changes: the host updates at every zoom and pan step.
    if (!this.resolvedOnce || declaredLocale !== this.declaredLocale) {
      this.resolvedOnce = true;
      this.declaredLocale = declaredLocale;
      this.resolved = interfaceLanguageFor(declaredLocale, typeof navigator === 'undefined' ? [] : navigator.languages);
    }
    const language = this.resolved;
    const translated = loadedLanguage(language);
    if (translated === undefined) {
      void loadLanguage(language).then(() => {
        if (this.language === language) this.host.requestUpdate();
      });
    }
    const page = pageStrings(language);
    const elementStrings = strings !== null && typeof strings === 'object' ? (strings as Record<string, unknown>) : undefined;
    const madeOf = [language, translated, page, elementStrings];
    this.language = language;
    if (madeOf.every((part, index) => part === this.madeOf[index])) return;
    this.madeOf = madeOf;
    this.phrases = layPhrases(ENGLISH_PHRASES, translated, page, elementStrings);
  }
}
