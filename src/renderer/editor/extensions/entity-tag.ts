import { Mark, mergeAttributes } from '@tiptap/core';

export type EntityKind = 'driver' | 'team' | 'car' | 'class';

export interface EntityTagAttributes {
  kind: EntityKind;
  /** The roster entry it is linked to, or null until the roster knows it. */
  rosterId: string | null;
  /** The name as the roster spells it (or as written). */
  label: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    entityTag: {
      /** Tags the selection as a driver, team, car or class. */
      setEntityTag: (attributes: EntityTagAttributes) => ReturnType;
      unsetEntityTag: () => ReturnType;
    };
  }
}

/**
 * What the writer tagged as a driver, team, car or class, linked to a roster id. A mark, so it survives
 * undo/redo, copy/paste within the app (the attributes round-trip through `data-*`) and save/reload; the
 * exporters drop it.
 */
export const EntityTag = Mark.create({
  name: 'rdEntity',
  inclusive: false,
  excludes: '',

  addAttributes() {
    return {
      kind: { default: 'driver', parseHTML: (element) => element.getAttribute('data-rd-entity'), renderHTML: (attributes) => ({ 'data-rd-entity': attributes.kind }) },
      rosterId: { default: null, parseHTML: (element) => element.getAttribute('data-roster-id'), renderHTML: (attributes) => (attributes.rosterId ? { 'data-roster-id': attributes.rosterId } : {}) },
      label: { default: '', parseHTML: (element) => element.getAttribute('data-label') ?? element.textContent ?? '', renderHTML: (attributes) => ({ 'data-label': attributes.label }) },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-rd-entity]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: `tag tag-entity tag-${HTMLAttributes['data-rd-entity'] as string}` }), 0];
  },

  addCommands() {
    return {
      setEntityTag:
        (attributes) =>
        ({ commands, state }) =>
          !state.selection.empty && commands.setMark(this.name, attributes),
      unsetEntityTag:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    };
  },

  addKeyboardShortcuts() {
    const tagSelection = (kind: EntityKind) => () => {
      const { from, to } = this.editor.state.selection;
      const label = this.editor.state.doc.textBetween(from, to, ' ');
      return this.editor.commands.setEntityTag({ kind, rosterId: null, label });
    };
    return { 'Mod-Shift-d': tagSelection('driver'), 'Mod-Shift-k': tagSelection('team') };
  },
});
