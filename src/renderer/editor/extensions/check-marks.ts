import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { CheckedClaim, NameFinding, ParagraphCheck } from '../../../domain/check';
import { cachedBlock, cachedRange } from '../block-cache';
import { textBlocks } from '../block-text';

/** A check placed in the document: a claim with its verdict, or a name that matches no one. */
export type PlacedCheck =
  | { key: string; from: number; to: number; type: 'claim'; claim: CheckedClaim }
  | { key: string; from: number; to: number; type: 'name'; name: NameFinding };

interface CheckMarksState {
  /** Each paragraph's check by its text: results for text that has since changed simply find no block. */
  byText: ReadonlyMap<string, ParagraphCheck>;
  placed: PlacedCheck[];
  decorations: DecorationSet;
}

export const checkMarksKey = new PluginKey<CheckMarksState>('checkMarks');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    checkMarks: {
      /** Shows the worker's results; paragraphs not in `results` keep theirs if their text is unchanged. */
      setCheckResults: (results: ParagraphCheck[], replace?: boolean) => ReturnType;
      /** Replaces a contradicted figure or a misspelt name with its suggestion, as one undoable step. */
      applyCheckFix: (key: string) => ReturnType;
      /** Selects a check and scrolls to it. */
      revealCheck: (key: string) => ReturnType;
    };
  }
}

const SYMBOLS = { confirmed: '✓', contradicted: '✗', unverifiable: '?' } as const;

function place(doc: ProseMirrorNode, byText: ReadonlyMap<string, ParagraphCheck>): PlacedCheck[] {
  const placed: PlacedCheck[] = [];
  for (const { node, position } of textBlocks(doc)) {
    const block = cachedBlock(node);
    const check = byText.get(block.text);
    if (!check) continue;
    for (const claim of check.claims) {
      const range = cachedRange(block, position, claim.start, claim.end);
      placed.push({ key: `claim:${range.from}-${range.to}`, ...range, type: 'claim', claim });
    }
    for (const name of check.names) {
      const range = cachedRange(block, position, name.start, name.end);
      placed.push({ key: `name:${range.from}-${range.to}`, ...range, type: 'name', name });
    }
  }
  return placed.sort((a, b) => a.from - b.from);
}

function decorate(doc: ProseMirrorNode, placed: PlacedCheck[]): DecorationSet {
  return DecorationSet.create(
    doc,
    placed.map((check) => {
      const verdict = check.type === 'claim' ? check.claim.verdict : 'name';
      const label = check.type === 'claim' ? `${verdict}` : `name: did you mean ${check.name.suggestion}?`;
      return Decoration.inline(check.from, check.to, {
        class: `check check-${verdict}`,
        'data-check': check.key,
        'data-verdict-symbol': check.type === 'claim' ? SYMBOLS[check.claim.verdict] : '≈',
        'aria-label': label,
      });
    }),
  );
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
        (results, replace = false) =>
        ({ state, tr, dispatch }) => {
          const previous = checkMarksKey.getState(state);
          const byText = new Map(replace ? [] : (previous?.byText ?? []));
          for (const result of results) byText.set(result.text, result);
          dispatch?.(tr.setMeta(checkMarksKey, { byText }).setMeta('addToHistory', false));
          return true;
        },
      applyCheckFix:
        (key) =>
        ({ state, tr, dispatch }) => {
          const check = checkMarksKey.getState(state)?.placed.find((candidate) => candidate.key === key);
          const replacement = check ? suggestionOf(check) : null;
          if (!check || !replacement) return false;
          if (dispatch) {
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
          const check = checkMarksKey.getState(state)?.placed.find((candidate) => candidate.key === key);
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
        const check = checkMarksKey.getState(this.editor.state)?.placed.find((candidate) => candidate.from <= from && from <= candidate.to);
        return check ? this.editor.commands.applyCheckFix(check.key) : false;
      },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<CheckMarksState>({
        key: checkMarksKey,
        state: {
          init: () => ({ byText: new Map(), placed: [], decorations: DecorationSet.empty }),
          apply(tr, previous) {
            const meta = tr.getMeta(checkMarksKey) as { byText: ReadonlyMap<string, ParagraphCheck> } | undefined;
            if (!meta && !tr.docChanged) return previous;
            const byText = meta?.byText ?? previous.byText;
            const placed = place(tr.doc, byText);
            return { byText, placed, decorations: decorate(tr.doc, placed) };
          },
        },
        props: {
          decorations: (state) => checkMarksKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});
