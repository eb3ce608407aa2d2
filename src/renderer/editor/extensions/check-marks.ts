import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { closeHistory } from '@tiptap/pm/history';
import type { CheckedClaim, NameFinding, ParagraphCheck } from '../../../domain/check';
import { cachedBlock, cachedRange } from '../block-cache';
import { decorateChanged, type BlockDecorations, type DecorateBlock } from '../block-decorations';
import { textBlocks } from '../block-text';

/** A check placed in the document: a claim with its verdict, or a name that matches no one. */
export type PlacedCheck =
  | { key: string; from: number; to: number; type: 'claim'; claim: CheckedClaim }
  | { key: string; from: number; to: number; type: 'name'; name: NameFinding };

interface CheckMarksState {
  /** Each paragraph's check by its text: results for text that has since changed simply find no block. */
  byText: ReadonlyMap<string, ParagraphCheck>;
  decorations: BlockDecorations;
}

export const checkMarksKey = new PluginKey<CheckMarksState>('checkMarks');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    checkMarks: {
      /** Adds the worker's results for paragraphs it had not checked before; others keep theirs. */
      setCheckResults: (results: ParagraphCheck[]) => ReturnType;
      /** Forgets every result, e.g. when the article is linked to other sessions. */
      clearCheckResults: () => ReturnType;
      /** Replaces a contradicted figure or a misspelt name with its suggestion, as one undoable step. */
      applyCheckFix: (key: string) => ReturnType;
      /** Selects a check and scrolls to it. */
      revealCheck: (key: string) => ReturnType;
    };
  }
}

const SYMBOLS = { confirmed: '✓', contradicted: '✗', unverifiable: '?' } as const;

function decoratorFor(byText: ReadonlyMap<string, ParagraphCheck>): DecorateBlock {
  return (node, position) => {
    const block = cachedBlock(node);
    const check = byText.get(block.text);
    if (!check) return [];
    const decorations: Decoration[] = [];
    for (const claim of check.claims) {
      const range = cachedRange(block, position, claim.start, claim.end);
      decorations.push(
        Decoration.inline(range.from, range.to, { class: `check check-${claim.verdict}`, 'data-verdict-symbol': SYMBOLS[claim.verdict], 'aria-label': claim.verdict }, { type: 'claim', claim }),
      );
    }
    for (const name of check.names) {
      const range = cachedRange(block, position, name.start, name.end);
      decorations.push(
        Decoration.inline(range.from, range.to, { class: 'check check-name', 'data-verdict-symbol': '≈', 'aria-label': `name: did you mean ${name.suggestion}?` }, { type: 'name', name }),
      );
    }
    return decorations;
  };
}

/**
 * Takes in results for newly checked paragraphs: only blocks with those texts are decorated again.
 */
function addResults(previous: CheckMarksState, tr: Transaction, results: ParagraphCheck[]): CheckMarksState {
  const present = new Set(textBlocks(tr.doc).map(({ node }) => cachedBlock(node).text));
  // Old texts are kept a while (an undo may bring them back) and dropped once they outnumber the live ones.
  const byText = previous.byText.size > 2 * present.size + 100 ? new Map([...previous.byText].filter(([text]) => present.has(text))) : new Map(previous.byText);
  const fresh = new Set<string>();
  for (const result of results) {
    byText.set(result.text, result);
    fresh.add(result.text);
  }
  const decorate = decoratorFor(byText);
  let set = previous.decorations.set.map(tr.mapping, tr.doc);
  for (const { node, position } of textBlocks(tr.doc)) {
    if (!fresh.has(cachedBlock(node).text)) continue;
    const stale = set.find(position, position + node.nodeSize);
    if (stale.length) set = set.remove(stale);
    set = set.add(tr.doc, decorate(node, position));
  }
  return { byText, decorations: { set, blocks: previous.decorations.blocks } };
}

/** Every check in document order; its key is its place, so it is found again after the panel refreshes. */
export function placedChecks(state: EditorState): PlacedCheck[] {
  const plugin = checkMarksKey.getState(state);
  if (!plugin) return [];
  return plugin.decorations.set
    .find()
    .map((decoration) => {
      const spec = decoration.spec as { type: 'claim'; claim: CheckedClaim } | { type: 'name'; name: NameFinding };
      const key = `${spec.type}:${decoration.from}-${decoration.to}`;
      return spec.type === 'claim'
        ? { key, from: decoration.from, to: decoration.to, type: 'claim' as const, claim: spec.claim }
        : { key, from: decoration.from, to: decoration.to, type: 'name' as const, name: spec.name };
    })
    .sort((a, b) => a.from - b.from);
}

function suggestionOf(check: PlacedCheck): string | null {
  return check.type === 'claim' ? check.claim.suggestion : check.name.suggestion;
}

/** Verdicts shown in the text: a computed decoration over each checked figure and each doubtful name. */
export const CheckMarks = Extension.create({
  name: 'checkMarks',

  addCommands() {
    return {
      setCheckResults:
        (results) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(checkMarksKey, { add: results }).setMeta('addToHistory', false));
          return true;
        },
      clearCheckResults:
        () =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(checkMarksKey, { clear: true }).setMeta('addToHistory', false));
          return true;
        },
      applyCheckFix:
        (key) =>
        ({ state, tr, dispatch }) => {
          const check = placedChecks(state).find((candidate) => candidate.key === key);
          const replacement = check ? suggestionOf(check) : null;
          if (!check || !replacement) return false;
          if (dispatch) {
            // Its own undo step, even straight after typing.
            closeHistory(tr);
            tr.insertText(replacement, check.from, check.to);
            const resultMark = state.schema.marks.rdResult;
            const end = check.from + replacement.length;
            if (check.type === 'claim' && check.claim.expected !== null && state.doc.rangeHasMark(check.from, check.to, resultMark)) {
              tr.addMark(check.from, end, resultMark.create({ kind: check.claim.kind, value: check.claim.expected, unit: check.claim.unit }));
            }
            dispatch(tr.setSelection(TextSelection.create(tr.doc, end)));
          }
          return true;
        },
      revealCheck:
        (key) =>
        ({ state, tr, dispatch }) => {
          const check = placedChecks(state).find((candidate) => candidate.key === key);
          if (!check) return false;
          dispatch?.(tr.setSelection(TextSelection.create(tr.doc, check.from, check.to)).scrollIntoView());
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Alt-f': () => {
        const { from } = this.editor.state.selection;
        const check = placedChecks(this.editor.state).find((candidate) => candidate.from <= from && from <= candidate.to);
        return check ? this.editor.commands.applyCheckFix(check.key) : false;
      },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<CheckMarksState>({
        key: checkMarksKey,
        state: {
          init: () => ({ byText: new Map(), decorations: { set: DecorationSet.empty, blocks: new Set() } }),
          apply(tr, previous) {
            const meta = tr.getMeta(checkMarksKey) as { add?: ParagraphCheck[]; clear?: boolean } | undefined;
            if (meta?.clear) return { byText: new Map(), decorations: { set: DecorationSet.empty, blocks: new Set() } };
            if (meta?.add) return addResults(previous, tr, meta.add);
            if (!tr.docChanged) return previous;
            return { byText: previous.byText, decorations: decorateChanged(previous.decorations, tr, decoratorFor(previous.byText)) };
          },
        },
        props: {
          decorations: (state) => checkMarksKey.getState(state)?.decorations.set ?? DecorationSet.empty,
        },
      }),
    ];
  },
});
