import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { CleanedPaste } from '../../../api/articles';

export interface RichPasteOptions {
  /** Cleans pasted HTML the way an import is cleaned (in the services, where the sanitiser lives). */
  clean: (clip: { html: string; text: string }) => Promise<CleanedPaste>;
  /** Told of the furniture cleaned away, so the writer can put it back. */
  onRemoved: (removed: CleanedPaste['removed'], beforeBlock: number) => void;
  onError: (message: string) => void;
  /** Offered a headline found at the top of the paste; true if it became the article's headline. */
  takeHeadline: (headline: string) => boolean;
}

/**
 * Rich paste from a browser, Word or Google Docs goes through the same sanitiser and furniture cleaner as an
 * import, keeping headings, lists, bold and links. Copies within Racedesk (ProseMirror's own slices, tags and
 * all) and plain text paste as tiptap pastes them.
 */
export const RichPaste = Extension.create<RichPasteOptions>({
  name: 'richPaste',

  addOptions() {
    return {
      clean: async () => ({ doc: { type: 'doc', content: [] }, removed: [], meta: {} as CleanedPaste['meta'] }),
      onRemoved: () => undefined,
      onError: () => undefined,
      takeHeadline: () => false,
    };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    const options = this.options;
    return [
      new Plugin({
        key: new PluginKey('richPaste'),
        props: {
          handlePaste(view, event) {
            const html = event.clipboardData?.getData('text/html') ?? '';
            if (!html || html.includes('data-pm-slice')) return false;
            const text = event.clipboardData?.getData('text/plain') ?? '';
            const { from, to } = view.state.selection;
            const beforeBlock = view.state.doc.resolve(from).index(0);
            options.clean({ html, text }).then(
              (cleaned) => {
                if (editor.isDestroyed) return;
                // A heading at the top of a paste is the headline of an untitled article, else it stays a heading.
                const headline = cleaned.removed.find((piece) => piece.kind === 'headline');
                const keepHeading = headline && !options.takeHeadline(headline.text);
                const heading = keepHeading ? [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: headline.text }] }] : [];
                const content = [...heading, ...cleaned.doc.content];
                if (content.length === 0) return;
                editor.chain().focus().insertContentAt({ from, to }, content).run();
                const removed = cleaned.removed.filter((piece) => piece !== headline);
                if (removed.length) options.onRemoved(removed, beforeBlock);
              },
              (error: Error) => options.onError(`Paste: ${error.message}`),
            );
            return true;
          },
        },
      }),
    ];
  },
});
