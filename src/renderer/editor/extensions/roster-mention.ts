import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import Suggestion, { type SuggestionProps } from '@tiptap/suggestion';
import { foldName, type Roster, type RosterEntry } from '../../../domain/names';

export interface RosterMentionOptions {
  roster: () => Roster;
}

/** A small list under the caret, driven by the keyboard (arrows, Enter, Escape). */
function pickerRenderer() {
  let list: HTMLUListElement | null = null;
  let props: SuggestionProps<RosterEntry, RosterEntry> | null = null;
  let selected = 0;

  const draw = () => {
    if (!list || !props) return;
    list.replaceChildren(
      ...(props.items.length
        ? props.items.map((entry, index) => {
            const item = document.createElement('li');
            item.textContent = entry.name;
            item.className = index === selected ? 'roster-item selected' : 'roster-item';
            item.setAttribute('role', 'option');
            item.addEventListener('mousedown', (event) => {
              event.preventDefault();
              props?.command(entry);
            });
            return item;
          })
        : [Object.assign(document.createElement('li'), { className: 'roster-empty', textContent: 'No driver in the roster matches' })]),
    );
    const rect = props.clientRect?.();
    if (rect) Object.assign(list.style, { left: `${rect.left}px`, top: `${rect.bottom + 4}px` });
  };

  return {
    onStart: (start: SuggestionProps<RosterEntry, RosterEntry>) => {
      props = start;
      selected = 0;
      list = document.createElement('ul');
      list.className = 'roster-picker';
      list.setAttribute('role', 'listbox');
      list.setAttribute('aria-label', 'Drivers');
      document.body.append(list);
      draw();
    },
    onUpdate: (update: SuggestionProps<RosterEntry, RosterEntry>) => {
      props = update;
      selected = Math.min(selected, Math.max(update.items.length - 1, 0));
      draw();
    },
    onKeyDown: ({ event }: { event: KeyboardEvent }) => {
      if (!props) return false;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        selected = (selected + step + props.items.length) % Math.max(props.items.length, 1);
        draw();
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const entry = props.items[selected];
        if (entry) props.command(entry);
        return Boolean(entry);
      }
      return event.key === 'Escape';
    },
    onExit: () => {
      list?.remove();
      list = null;
      props = null;
    },
  };
}

/** Type `@` to pick a driver from the roster; the name goes in as text tagged with its roster id. */
export const RosterMention = Extension.create<RosterMentionOptions>({
  name: 'rosterMention',

  addOptions() {
    return { roster: () => [] };
  },

  addProseMirrorPlugins() {
    const roster = this.options.roster;
    return [
      Suggestion<RosterEntry, RosterEntry>({
        editor: this.editor,
        pluginKey: new PluginKey('rosterMention'),
        char: '@',
        allowSpaces: true,
        items: ({ query }) => {
          const needle = foldName(query);
          return roster()
            .filter((entry) => entry.kind === 'driver' && foldName(entry.name).includes(needle))
            .slice(0, 8);
        },
        command: ({ editor, range, props: entry }) => {
          editor
            .chain()
            .focus()
            .deleteRange(range)
            .insertContent([
              { type: 'text', text: entry.name, marks: [{ type: 'rdEntity', attrs: { kind: 'driver', rosterId: entry.id, label: entry.name } }] },
              { type: 'text', text: ' ' },
            ])
            .run();
        },
        render: pickerRenderer,
      }),
    ];
  },
});
