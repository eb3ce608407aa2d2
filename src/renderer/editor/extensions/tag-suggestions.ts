import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Roster } from '../../../domain/names';
import { suggestTags, type SuggestionKind, type TagSuggestion } from '../../../domain/tagging/suggest';
import { cachedBlock, cachedRange } from '../block-cache';
import { decorateAll, decorateChanged, type BlockDecorations, type DecorateBlock } from '../block-decorations';

/** A suggestion placed in the document. */
export interface PlacedSuggestion extends TagSuggestion {
  from: number;
  to: number;
  key: string;
}

interface SuggestionsState {
  enabled: boolean;
  /** Index into `itemsOf(state)` of the suggestion being walked through, or -1. */
  current: number;
  rejected: ReadonlySet<string>;
  decorations: BlockDecorations;
}

export const tagSuggestionsKey = new PluginKey<SuggestionsState>('tagSuggestions');

export interface TagSuggestionsOptions {
  roster: () => Roster;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    tagSuggestions: {
      showSuggestions: (enabled: boolean) => ReturnType;
      /** Re-reads the whole document, e.g. after the roster changed. */
      refreshSuggestions: () => ReturnType;
      nextSuggestion: (backwards?: boolean) => ReturnType;
      acceptSuggestion: () => ReturnType;
      rejectSuggestion: () => ReturnType;
      acceptAllOfKind: () => ReturnType;
      tagEveryOccurrence: () => ReturnType;
    };
  }
}

const RESULT_KINDS = new Set<SuggestionKind>(['lap_time', 'gap', 'speed', 'position']);
// Per roster, then per block node: a new roster re-reads everything, a keystroke only its paragraph.
const perRoster = new WeakMap<Roster, WeakMap<ProseMirrorNode, TagSuggestion[]>>();

function suggestionsOf(node: ProseMirrorNode, roster: Roster): TagSuggestion[] {
  let perBlock = perRoster.get(roster);
  if (!perBlock) {
    perBlock = new WeakMap();
    perRoster.set(roster, perBlock);
  }
  let found = perBlock.get(node);
  if (!found) {
    found = suggestTags(cachedBlock(node).text, roster);
    perBlock.set(node, found);
  }
  return found;
}

function isTagged(doc: ProseMirrorNode, item: { from: number; to: number }): boolean {
  return doc.rangeHasMark(item.from, item.to, doc.type.schema.marks.rdEntity) || doc.rangeHasMark(item.from, item.to, doc.type.schema.marks.rdResult);
}

function decoratorFor(doc: ProseMirrorNode, roster: Roster, rejected: ReadonlySet<string>): DecorateBlock {
  return (node, position) => {
    const block = cachedBlock(node);
    const decorations: Decoration[] = [];
    for (const suggestion of suggestionsOf(node, roster)) {
      const range = cachedRange(block, position, suggestion.start, suggestion.end);
      const key = `${suggestion.kind}:${suggestion.text}:${block.text.length}:${suggestion.start}`;
      if (rejected.has(key) || isTagged(doc, range)) continue;
      decorations.push(
        Decoration.inline(
          range.from,
          range.to,
          { class: `suggestion suggestion-${suggestion.kind}`, 'data-suggestion': suggestion.kind },
          { suggestion, key },
        ),
      );
    }
    return decorations;
  };
}

/** The suggestions in document order, read off the decorations (only when the writer walks through them). */
function itemsOf(state: EditorState): PlacedSuggestion[] {
  const plugin = tagSuggestionsKey.getState(state);
  if (!plugin || !plugin.enabled) return [];
  return plugin.decorations.set
    .find()
    .map((decoration) => ({ ...(decoration.spec.suggestion as TagSuggestion), key: decoration.spec.key as string, from: decoration.from, to: decoration.to }))
    .sort((a, b) => a.from - b.from);
}

function withCurrent(state: SuggestionsState, doc: ProseMirrorNode, items: PlacedSuggestion[]): DecorationSet {
  const item = items[state.current];
  if (!item) return state.decorations.set;
  return state.decorations.set.add(doc, [Decoration.inline(item.from, item.to, { class: 'suggestion-current' })]);
}

function tagTransaction(tr: Transaction, item: PlacedSuggestion): Transaction {
  const schema = tr.doc.type.schema;
  if (RESULT_KINDS.has(item.kind) && item.claim) {
    return tr.addMark(item.from, item.to, schema.marks.rdResult.create({ kind: item.kind, value: item.claim.value, unit: item.claim.unit }));
  }
  return tr.addMark(item.from, item.to, schema.marks.rdEntity.create({ kind: item.kind, rosterId: item.rosterId, label: item.label }));
}

function currentOf(state: EditorState): PlacedSuggestion | null {
  const plugin = tagSuggestionsKey.getState(state);
  const items = itemsOf(state);
  if (!plugin || items.length === 0) return null;
  const { from } = state.selection;
  return items[plugin.current] ?? items.find((item) => item.from <= from && from <= item.to) ?? null;
}

/**
 * Dotted underlines under everything the claims and names engines could tag, with the keyboard flow of an
 * annotation tool: next/previous, accept, reject, skip, accept all of a kind, tag every occurrence of a name.
 * Suggestions are decorations (computed), never stored; accepting one adds a tag mark (stored).
 */
export const TagSuggestions = Extension.create<TagSuggestionsOptions>({
  name: 'tagSuggestions',

  addOptions() {
    return { roster: () => [] };
  },

  addCommands() {
    return {
      showSuggestions:
        (enabled) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(tagSuggestionsKey, { enabled }));
          return true;
        },
      refreshSuggestions:
        () =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(tagSuggestionsKey, { refresh: true }));
          return true;
        },
      nextSuggestion:
        (backwards = false) =>
        ({ state, tr, dispatch }) => {
          const items = itemsOf(state);
          if (items.length === 0) return false;
          const { from } = state.selection;
          const index = backwards
            ? [...items.keys()].reverse().find((i) => items[i].to < from) ?? items.length - 1
            : items.findIndex((item) => item.from > from);
          const current = index < 0 ? 0 : index;
          const item = items[current];
          dispatch?.(tr.setMeta(tagSuggestionsKey, { current }).setSelection(TextSelection.create(tr.doc, item.from, item.to)).scrollIntoView());
          return true;
        },
      acceptSuggestion:
        () =>
        ({ state, tr, dispatch }) => {
          const item = currentOf(state);
          if (!item) return false;
          dispatch?.(tagTransaction(tr, item).setSelection(TextSelection.create(tr.doc, item.to)));
          return true;
        },
      rejectSuggestion:
        () =>
        ({ state, tr, dispatch }) => {
          const item = currentOf(state);
          if (!item) return false;
          dispatch?.(tr.setMeta(tagSuggestionsKey, { reject: item.key }));
          return true;
        },
      acceptAllOfKind:
        () =>
        ({ state, tr, dispatch }) => {
          const item = currentOf(state);
          if (!item) return false;
          if (dispatch) {
            for (const other of itemsOf(state).filter((candidate) => candidate.kind === item.kind)) tagTransaction(tr, other);
            dispatch(tr);
          }
          return true;
        },
      tagEveryOccurrence:
        () =>
        ({ state, tr, dispatch }) => {
          const item = currentOf(state);
          if (!item || RESULT_KINDS.has(item.kind)) return false;
          if (dispatch) {
            for (const other of itemsOf(state).filter((candidate) => candidate.text === item.text)) tagTransaction(tr, { ...other, kind: item.kind, rosterId: item.rosterId, label: item.label });
            dispatch(tr);
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Alt-n': () => this.editor.commands.nextSuggestion(),
      'Alt-p': () => this.editor.commands.nextSuggestion(true),
      'Alt-s': () => this.editor.commands.nextSuggestion(),
      'Alt-a': () => this.editor.commands.acceptSuggestion() && (this.editor.commands.nextSuggestion() || true),
      'Alt-r': () => this.editor.commands.rejectSuggestion() && (this.editor.commands.nextSuggestion() || true),
      'Alt-Shift-a': () => this.editor.commands.acceptAllOfKind(),
      'Alt-e': () => this.editor.commands.tagEveryOccurrence(),
    };
  },

  addProseMirrorPlugins() {
    const roster = this.options.roster;
    return [
      new Plugin<SuggestionsState>({
        key: tagSuggestionsKey,
        state: {
          init: (_config, state) => ({ enabled: true, current: -1, rejected: new Set(), decorations: decorateAll(state.doc, decoratorFor(state.doc, roster(), new Set())) }),
          apply(tr, previous) {
            const meta = tr.getMeta(tagSuggestionsKey) as { enabled?: boolean; current?: number; reject?: string; refresh?: boolean } | undefined;
            if (!meta && !tr.docChanged) return previous;
            const enabled = meta?.enabled ?? previous.enabled;
            const rejected = meta?.reject ? new Set([...previous.rejected, meta.reject]) : previous.rejected;
            const decorate = decoratorFor(tr.doc, roster(), rejected);
            const rebuild = meta?.reject || meta?.refresh || (meta?.enabled && !previous.enabled);
            const decorations = rebuild ? decorateAll(tr.doc, decorate) : tr.docChanged ? decorateChanged(previous.decorations, tr, decorate) : previous.decorations;
            const current = meta?.current ?? (tr.docChanged || meta?.reject ? -1 : previous.current);
            return { enabled, current, rejected, decorations };
          },
        },
        props: {
          decorations(state) {
            const plugin = tagSuggestionsKey.getState(state);
            if (!plugin || !plugin.enabled) return DecorationSet.empty;
            return plugin.current >= 0 ? withCurrent(plugin, state.doc, itemsOf(state)) : plugin.decorations.set;
          },
        },
      }),
    ];
  },
});
