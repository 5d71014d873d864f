// Block Kit as tenso uses it, drawn as plain HTML: sections (text, fields, an accessory),
// context, actions, inputs, headers, dividers and images; buttons, static selects, radio buttons,
// checkboxes and text inputs. mrkdwn is drawn as DOM nodes, never as HTML. chat.js handles what
// a click or a change does (onAction).
'use strict';
window.Blocks = (() => {
  const C = window.Console;

  // *bold*, _italic_, ~strike~, `code`, <url|text>, <url>; Slack's &amp; &lt; &gt; decoded.
  function mrkdwn(text) {
    const out = document.createDocumentFragment();
    const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    String(text || '').split('\n').forEach((line, i) => {
      if (i > 0) out.append(document.createElement('br'));
      const re = /(\*[^*\n]+\*)|(_[^_\n]+_)|(~[^~\n]+~)|(`[^`\n]+`)|(<[^>\s|]+(?:\|[^>]+)?>)/g;
      let last = 0; let m;
      while ((m = re.exec(line)) !== null) {
        out.append(decode(line.slice(last, m.index)));
        const t = m[0];
        if (m[1]) out.append(C.el('strong', {}, decode(t.slice(1, -1))));
        else if (m[2]) out.append(C.el('em', {}, decode(t.slice(1, -1))));
        else if (m[3]) out.append(C.el('del', {}, decode(t.slice(1, -1))));
        else if (m[4]) out.append(C.el('code', {}, decode(t.slice(1, -1))));
        else {
          const [url, label] = t.slice(1, -1).split('|');
          out.append(/^https?:/.test(url) ? C.el('a', { href: url, target: '_blank', rel: 'noopener' },
            decode(label || url)) : decode(label || url));
        }
        last = m.index + t.length;
      }
      out.append(decode(line.slice(last)));
    });
    return out;
  }

  const text = (t) => (!t ? '' : t.type === 'mrkdwn' ? mrkdwn(t.text) : t.text);
  const options = (e) => (e.option_groups ? e.option_groups.flatMap((g) => g.options) : e.options || []);

  // One interactive element; `on` (when given) is called with the action as Slack sends it.
  function element(e, blockId, on, required) {
    const id = { 'data-block-id': blockId, 'data-action-id': e.action_id, 'data-type': e.type };
    switch (e.type) {
      case 'button': {
        const b = C.el('button', { type: 'button', class: 'slack-button ' + (e.style || ''), ...id }, text(e.text));
        if (e.url) b.addEventListener('click', () => window.open(e.url, '_blank', 'noopener'));
        else if (on) b.addEventListener('click', () => on({ type: 'button', action_id: e.action_id,
          block_id: blockId, value: e.value, text: e.text }));
        return b;
      }
      case 'static_select': case 'overflow': case 'multi_static_select': {
        const multi = e.type === 'multi_static_select';
        const s = C.el('select', { ...id, 'aria-label': e.placeholder ? e.placeholder.text : e.action_id });
        s.multiple = multi;
        if (!multi) s.append(C.el('option', { value: '' }, e.placeholder ? e.placeholder.text : '—'));
        options(e).forEach((o) => s.append(C.el('option', { value: o.value }, o.text.text)));
        const initial = (e.initial_options || (e.initial_option ? [e.initial_option] : [])).map((o) => o.value);
        [...s.options].forEach((o) => { o.selected = initial.includes(o.value); });
        if (required) s.required = true;
        if (on) s.addEventListener('change', () => on({ type: e.type, action_id: e.action_id,
          block_id: blockId, selected_option: picked(e, s.value) }));
        return s;
      }
      case 'radio_buttons': case 'checkboxes': {
        const f = C.el('fieldset', { ...id, class: 'choices' });
        const kind = e.type === 'radio_buttons' ? 'radio' : 'checkbox';
        const initial = (e.initial_options || (e.initial_option ? [e.initial_option] : [])).map((o) => o.value);
        options(e).forEach((o, i) => {
          const input = C.el('input', { type: kind, name: blockId + '.' + e.action_id, value: o.value,
            id: blockId + '.' + e.action_id + '.' + i });
          input.checked = initial.includes(o.value);
          if (required && kind === 'radio') input.required = true;
          if (on) input.addEventListener('change', () => on({ type: e.type, action_id: e.action_id,
            block_id: blockId, selected_option: picked(e, o.value) }));
          f.append(C.el('label', { for: input.id, class: 'choice' }, input, ' ', text(o.text)));
        });
        return f;
      }
      case 'plain_text_input': case 'email_text_input': case 'number_input': case 'url_text_input': {
        const i = e.multiline ? C.el('textarea', { ...id, rows: 3 })
          : C.el('input', { ...id, type: e.type === 'email_text_input' ? 'email' : 'text' });
        if (e.initial_value) i.value = e.initial_value;
        if (e.placeholder) i.placeholder = e.placeholder.text;
        if (e.max_length) i.maxLength = e.max_length;
        if (required) i.required = true;
        return i;
      }
      case 'image':
        return C.el('img', { src: e.image_url, alt: e.alt_text || '', class: 'slack-image small' });
      default:
        return C.el('span', { class: 'hint' }, e.type);
    }
  }

  function picked(e, value) {
    const o = options(e).find((x) => x.value === value);
    return o ? { text: o.text, value: o.value } : null;
  }

  // The blocks of a message, a modal or the Home tab. `on(action)` handles interactive elements
  // of sections and actions blocks, and of inputs that dispatch actions.
  function render(blocks, on) {
    return (blocks || []).map((b) => {
      const box = C.el('div', { class: 'block ' + b.type, 'data-block-id': b.block_id || '' });
      switch (b.type) {
        case 'section':
          if (b.text) box.append(C.el('div', { class: 'text' }, text(b.text)));
          if (b.fields) box.append(C.el('div', { class: 'fields' }, b.fields.map((f) => C.el('div', {}, text(f)))));
          if (b.accessory) box.append(C.el('div', { class: 'accessory' }, element(b.accessory, b.block_id, on)));
          break;
        case 'context':
          box.append(...b.elements.map((e) => (e.type === 'image'
            ? C.el('img', { src: e.image_url, alt: e.alt_text || '', class: 'slack-image tiny' })
            : C.el('span', {}, text(e)))));
          break;
        case 'actions':
          box.append(...b.elements.map((e) => element(e, b.block_id, on)));
          break;
        case 'input': {
          const control = element(b.element, b.block_id, b.dispatch_action ? on : null, !b.optional);
          const label = C.el('label', {}, text(b.label), b.optional ? C.el('span', { class: 'hint' }, ' (' + C.t('chat.optional') + ')') : '');
          if (control.id === '' && control.tagName !== 'FIELDSET') {
            control.id = 'in.' + b.block_id;
            label.setAttribute('for', control.id);
          }
          box.append(label, control);
          if (b.hint) box.append(C.el('div', { class: 'hint' }, text(b.hint)));
          box.append(C.el('div', { class: 'error', role: 'alert' }));
          break;
        }
        case 'header': box.append(C.el('h4', {}, text(b.text))); break;
        case 'divider': box.append(C.el('hr')); break;
        case 'image':
          if (b.title) box.append(C.el('div', { class: 'hint' }, text(b.title)));
          box.append(C.el('img', { src: b.image_url, alt: b.alt_text || '', class: 'slack-image' }));
          break;
        default: box.append(C.el('span', { class: 'hint' }, b.type));
      }
      return box;
    });
  }

  // A view's state as Slack sends it with a submission or an action: every input's value.
  function state(root) {
    const values = {};
    root.querySelectorAll('[data-action-id][data-block-id]').forEach((e) => {
      const block = e.dataset.blockId; const action = e.dataset.actionId; const type = e.dataset.type;
      if (type === 'button' || !block) return;
      let v;
      if (e.tagName === 'SELECT' && e.multiple) {
        v = { type, selected_options: [...e.selectedOptions].map((o) => ({
          text: { type: 'plain_text', text: o.textContent }, value: o.value })) };
      } else if (e.tagName === 'SELECT') v = { type, selected_option: e.value ? selectedOf(e) : null };
      else if (e.tagName === 'FIELDSET') {
        const checked = [...e.querySelectorAll('input:checked')].map((i) => ({
          text: { type: 'plain_text', text: i.parentElement.textContent.trim() }, value: i.value }));
        v = type === 'checkboxes' ? { type, selected_options: checked } : { type, selected_option: checked[0] || null };
      } else v = { type, value: e.value === '' ? null : e.value };
      (values[block] = values[block] || {})[action] = v;
    });
    return { values };
  }

  function selectedOf(select) {
    const o = select.options[select.selectedIndex];
    return { text: { type: 'plain_text', text: o.textContent }, value: o.value };
  }

  return { render, state, mrkdwn };
})();
