import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Roster } from '../../../domain/names';
import { suggestTags, type SuggestionKind, type TagSuggestion } from '../../../domain/tagging/suggest';
import { cachedBlock, cachedRange } from '../block-cache';
import { textBlocks } from '../block-text';

/** A suggestion placed in the document. */
export interface PlacedSuggestion extends TagSuggestion {
  from: number;
  to: number;
  key: string;
}

interface SuggestionsState {
  enabled: boolean;
  items: PlacedSuggestion[];
  current: number;
  rejected: ReadonlySet<string>;
  decorations: DecorationSet;
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

function place(doc: ProseMirrorNode, roster: Roster, rejected: ReadonlySet<string>): PlacedSuggestion[] {
  const items: PlacedSuggestion[] = [];
  for (const { node, position } of textBlocks(doc)) {
    const block = cachedBlock(node);
    for (const suggestion of suggestionsOf(node, roster)) {
      const range = cachedRange(block, position, suggestion.start, suggestion.end);
      const key = `${suggestion.kind}:${suggestion.text}:${block.text.length}:${suggestion.start}`;
      if (rejected.has(key) || isTagged(doc, range)) continue;
      items.push({ ...suggestion, ...range, key });
    }
  }
  return items;
}

function decorate(doc: ProseMirrorNode, items: PlacedSuggestion[], current: number): DecorationSet {
  return DecorationSet.create(
    doc,
    items.map((item, index) =>
      Decoration.inline(item.from, item.to, {
        class: `suggestion suggestion-${item.kind}${index === current ? ' suggestion-current' : ''}`,
        'data-suggestion': item.kind,
        title: `Suggested ${item.kind.replace('_', ' ')} tag: Alt+A accept, Alt+R reject, Alt+N next`,
      }),
    ),
  );
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
  if (!plugin || !plugin.enabled || plugin.items.length === 0) return null;
  const { from } = state.selection;
  return plugin.items[plugin.current] ?? plugin.items.find((item) => item.from <= from && from <= item.to) ?? null;
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
          const plugin = tagSuggestionsKey.getState(state);
          if (!plugin || !plugin.enabled || plugin.items.length === 0) return false;
          const { from } = state.selection;
          const index = backwards
            ? [...plugin.items.keys()].reverse().find((i) => plugin.items[i].to < from) ?? plugin.items.length - 1
            : plugin.items.findIndex((item) => item.from > from);
          const current = index < 0 ? 0 : index;
          const item = plugin.items[current];
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
          const plugin = tagSuggestionsKey.getState(state);
          if (!item || !plugin) return false;
          if (dispatch) {
            for (const other of plugin.items.filter((candidate) => candidate.kind === item.kind)) tagTransaction(tr, other);
            dispatch(tr);
          }
          return true;
        },
      tagEveryOccurrence:
        () =>
        ({ state, tr, dispatch }) => {
          const item = currentOf(state);
          const plugin = tagSuggestionsKey.getState(state);
          if (!item || !plugin || RESULT_KINDS.has(item.kind)) return false;
          if (dispatch) {
            for (const other of plugin.items.filter((candidate) => candidate.text === item.text)) tagTransaction(tr, { ...other, kind: item.kind, rosterId: item.rosterId, label: item.label });
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
          init: (_config, state) => {
            const items = place(state.doc, roster(), new Set());
            return { enabled: true, items, current: -1, rejected: new Set(), decorations: decorate(state.doc, items, -1) };
          },
          apply(tr, previous) {
            const meta = tr.getMeta(tagSuggestionsKey) as { enabled?: boolean; current?: number; reject?: string; refresh?: boolean } | undefined;
            if (!meta && !tr.docChanged) return previous;
            const enabled = meta?.enabled ?? previous.enabled;
            const rejected = meta?.reject ? new Set([...previous.rejected, meta.reject]) : previous.rejected;
            const items = tr.docChanged || meta?.reject || meta?.refresh || (meta?.enabled && !previous.enabled) ? place(tr.doc, roster(), rejected) : previous.items;
            const current = meta?.current ?? (tr.docChanged || meta?.reject ? -1 : previous.current);
            return { enabled, items, current, rejected, decorations: enabled ? decorate(tr.doc, items, current) : DecorationSet.empty };
          },
        },
        props: {
          decorations: (state) => tagSuggestionsKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});
