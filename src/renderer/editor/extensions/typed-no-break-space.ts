import { Node } from '@tiptap/core';
import type { NodeType } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { NO_BREAK_SPACE, TYPED_NO_BREAK_SPACE } from '../../../domain/articles/typed-no-break-space';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    typedNoBreakSpace: {
      /** Puts a non-breaking space the house style keeps at the caret, in place of the selection. */
      insertNoBreakSpace: () => ReturnType;
    };
  }
}

/** The transaction putting one in over `from`..`to`, with the marks typing there would get; null where none fits. */
function insertion(state: EditorState, type: NodeType, from: number, to: number): Transaction | null {
  const $from = state.doc.resolve(from);
  const $to = state.doc.resolve(to);
  if (!$from.sameParent($to) || !$from.parent.canReplaceWith($from.index(), $to.index(), type)) return null;
  const node = type.create(null, null, state.storedMarks ?? $from.marks());
  const tr = state.tr.replaceWith(from, to, node);
  return tr.setSelection(TextSelection.create(tr.doc, from + node.nodeSize)).scrollIntoView();
}

/**
 * A non-breaking space the writer typed, for a house rule such as `No. 31`: Mod+Shift+Space, as in Word and
 * LibreOffice, or the keyboard's own (Option+Space on a Mac). It is a node, not a character, so the house style
 * can tell it from the ones imported text brings and keep it; save, reload, undo and copy within Racedesk keep
 * it too. The desk shows it as a tinted space; getText and exports read it as U+00A0.
 */
export const TypedNoBreakSpace = Node.create({
  name: TYPED_NO_BREAK_SPACE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: false,

  extendNodeSchema(extension) {
    // What ProseMirror's textBetween and textContent read for it, so tags and checks see a space.
    return extension.name === TYPED_NO_BREAK_SPACE ? { leafText: () => NO_BREAK_SPACE } : {};
  },

  parseHTML() {
    return [{ tag: 'span[data-typed-nbsp]' }];
  },

  renderHTML() {
    return ['span', { 'data-typed-nbsp': '', class: 'typed-nbsp', title: 'Non-breaking space you typed: the house style keeps it' }, NO_BREAK_SPACE];
  },

  renderText() {
    return NO_BREAK_SPACE;
  },

  addCommands() {
    return {
      insertNoBreakSpace:
        () =>
        ({ state, dispatch }) => {
          const tr = insertion(state, this.type, state.selection.from, state.selection.to);
          if (tr && dispatch) dispatch(tr);
          return tr !== null;
        },
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Shift-Space': () => this.editor.commands.insertNoBreakSpace() };
  },

  addProseMirrorPlugins() {
    const type = this.type;
    return [
      new Plugin({
        key: new PluginKey('typedNoBreakSpace'),
        props: {
          handleTextInput(view, from, to, text) {
            if (text !== NO_BREAK_SPACE) return false;
            const tr = insertion(view.state, type, from, to);
            if (tr) view.dispatch(tr);
            return tr !== null;
          },
        },
      }),
    ];
  },
});
