import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { blockText, rangeOf, textBlocks } from '../block-text';

export interface FindState {
  query: string;
  caseSensitive: boolean;
  matches: { from: number; to: number }[];
  current: number;
}

export const findReplaceKey = new PluginKey<FindState>('findReplace');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Highlights every match of `query`; an empty query clears them. */
      setFindQuery: (query: string, caseSensitive?: boolean) => ReturnType;
      /** Moves to the next (or previous) match and selects it. */
      findNext: (backwards?: boolean) => ReturnType;
      /** Replaces the current match, as one undoable step. */
      replaceCurrent: (replacement: string) => ReturnType;
      /** Replaces every match, as one undoable step. */
      replaceAll: (replacement: string) => ReturnType;
    };
  }
}

function findMatches(doc: ProseMirrorNode, query: string, caseSensitive: boolean): { from: number; to: number }[] {
  if (!query) return [];
  const needle = caseSensitive ? query : query.toLowerCase();
  const matches: { from: number; to: number }[] = [];
  // Search each block's text as one string so a match may span marks (bold, links, tags).
  for (const { node, position } of textBlocks(doc)) {
    const block = blockText(node, position);
    const haystack = caseSensitive ? block.text : block.text.toLowerCase();
    for (let index = haystack.indexOf(needle); index >= 0; index = haystack.indexOf(needle, index + needle.length)) {
      matches.push(rangeOf(block, index, index + needle.length));
    }
  }
  return matches;
}

const EMPTY: FindState = { query: '', caseSensitive: false, matches: [], current: -1 };

/** Find and replace over the article, with every match highlighted and replacements undoable. */
export const FindReplace = Extension.create({
  name: 'findReplace',

  addCommands() {
    return {
      setFindQuery:
        (query, caseSensitive = false) =>
        ({ tr, dispatch }) => {
          if (dispatch) dispatch(tr.setMeta(findReplaceKey, { query, caseSensitive }));
          return true;
        },
      findNext:
        (backwards = false) =>
        ({ state, tr, dispatch }) => {
          const find = findReplaceKey.getState(state);
          if (!find || find.matches.length === 0) return false;
          const step = backwards ? -1 : 1;
          const current = (find.current + step + find.matches.length) % find.matches.length;
          if (dispatch) {
            const match = find.matches[current];
            dispatch(tr.setMeta(findReplaceKey, { current }).setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView());
          }
          return true;
        },
      replaceCurrent:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = findReplaceKey.getState(state);
          const match = find && find.current >= 0 ? find.matches[find.current] : find?.matches[0];
          if (!match) return false;
          if (dispatch) dispatch(tr.insertText(replacement, match.from, match.to));
          return true;
        },
      replaceAll:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = findReplaceKey.getState(state);
          if (!find || find.matches.length === 0) return false;
          if (dispatch) {
            for (const match of [...find.matches].reverse()) tr.insertText(replacement, match.from, match.to);
            dispatch(tr);
          }
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findReplaceKey,
        state: {
          init: () => EMPTY,
          apply(tr, previous) {
            const meta = tr.getMeta(findReplaceKey) as Partial<FindState> | undefined;
            if (!meta && !tr.docChanged) return previous;
            const query = meta?.query ?? previous.query;
            const caseSensitive = meta?.caseSensitive ?? previous.caseSensitive;
            const matches = meta?.query !== undefined || tr.docChanged ? findMatches(tr.doc, query, caseSensitive) : previous.matches;
            const current = Math.min(meta?.current ?? (meta?.query !== undefined ? -1 : previous.current), matches.length - 1);
            return { query, caseSensitive, matches, current };
          },
        },
        props: {
          decorations(state) {
            const find = findReplaceKey.getState(state);
            if (!find || find.matches.length === 0) return DecorationSet.empty;
            return DecorationSet.create(
              state.doc,
              find.matches.map((match, index) =>
                Decoration.inline(match.from, match.to, { class: index === find.current ? 'find-match find-current' : 'find-match' }),
              ),
            );
          },
        },
      }),
    ];
  },
});
