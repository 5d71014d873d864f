// The chat pane: the chosen user in Slack. Their /forward commands, clicks and submissions go to
// the real Slack channel (signed by the console's server side); what Slack would show them comes
// back from the console's stand-in of the Web API: ephemeral answers and DMs, the App Home, and
// modals (opened, pushed, updated) drawn as forms in a dialog.
'use strict';
(() => {
  const C = window.Console;
  const B = window.Blocks;
  const $ = (id) => document.getElementById(id);
  let me = null;
  let after = 0;
  let stack = [];
  let refs = 0;
  let polling = false;

  const enc = encodeURIComponent;

  C.onChange(async (what) => {
    if (what === 'ready') {
      $('chat-unavailable').hidden = !!C.info.chat;
      $('chat').hidden = !C.info.chat;
      $('chat-command').textContent = C.info.command || '/forward';
      setInterval(poll, 1000);
    } else if (what === 'user' && C.info.chat) {
      await choose(C.user);
    }
  });

  async function choose(u) {
    me = { email: u.email };
    after = 0;
    stack = [];
    $('chat-log').replaceChildren();
    $('home-view').replaceChildren();
    $('chat-calls-list').replaceChildren();
    showModal();
    const r = await C.api('slack/user?email=' + enc(u.email));
    me.slackId = r.body.slackId;
    $('chat-who').textContent = u.name + ' · ' + me.slackId;
    $('chat-who').dataset.email = u.email;
    poll();
  }

  async function poll() {
    const who = me;
    if (!who || polling) return;
    polling = true;
    try {
      const r = await C.api('slack/events?email=' + enc(who.email) + '&after=' + after);
      if (who !== me || r.status !== 200) return;
      r.body.events.forEach((e) => { after = Math.max(after, e.seq); apply(e.method, e.params); });
    } finally {
      polling = false;
    }
  }

  function apply(method, p) {
    $('chat-calls-list').append(C.el('li', {}, method));
    const view = p.view ? JSON.parse(p.view) : null;
    switch (method) {
      case 'chat.postMessage': case 'chat.postEphemeral':
        message(method === 'chat.postMessage' ? 'dm' : 'ephemeral', 'd' + (++refs), p.text,
          p.blocks ? JSON.parse(p.blocks) : null);
        break;
      case 'respond': respond(p.ref, JSON.parse(p.json)); break;
      case 'views.open': stack = [{ id: p.view_id, view }]; showModal(); break;
      case 'views.push': stack.push({ id: p.view_id, view }); showModal(); break;
      case 'views.update': {
        const open = stack.find((s) => s.id === p.view_id);
        if (open) { open.view = view; showModal(); }
        break;
      }
      case 'views.publish': home(p.view_id, view); break;
      case 'files.completeUploadExternal': {
        const li = message('dm', 'f' + (++refs), p.title, null);
        li.append(C.el('img', { src: '/console/api/slack/files/' + enc(p.file_id), alt: p.title,
          class: 'slack-image qr' }));
        break;
      }
      default:
    }
  }

  // A message in the conversation: typed by the user, an ephemeral answer, or a DM from tenso.
  function message(kind, ref, text, blocks) {
    const li = C.el('li', { class: 'msg ' + kind, 'data-ref': ref },
      C.el('div', { class: 'who' }, C.t('chat.' + kind)));
    fill(li, ref, text, blocks);
    $('chat-log').append(li);
    li.scrollIntoView({ block: 'nearest' });
    return li;
  }

  function fill(li, ref, text, blocks) {
    const body = C.el('div', { class: 'body' });
    if (blocks && blocks.length) body.append(...B.render(blocks, (a) => act(a, { ref, li })));
    else body.append(B.mrkdwn(text));
    li.querySelector('.body')?.remove();
    li.append(body);
  }

  function respond(ref, body) {
    const existing = $('chat-log').querySelector('li[data-ref="' + CSS.escape(ref) + '"]');
    if (body.delete_original && existing) { existing.remove(); return; }
    if (body.replace_original && existing) { fill(existing, ref, body.text, body.blocks); return; }
    message('ephemeral', ref, body.text, body.blocks);
  }

  function home(id, view) {
    const box = $('home-view');
    box.replaceChildren(...B.render(view.blocks, (a) => act(a, { home: { id, view, box } })));
    box.dataset.viewId = id;
  }

  async function send(text) {
    if (!me) return;
    const ref = 'c' + (++refs);
    message('you', 'u' + refs, C.info.command + ' ' + text, null);
    const r = await C.postJson('slack/command', { email: me.email, text, ref });
    if (!ok(r)) return;
    if (r.body.body) {
      const ack = JSON.parse(r.body.body);
      if (ack.text || ack.blocks) message('ephemeral', ref, ack.text, ack.blocks);
    }
    poll();
  }

  function ok(r) {
    if (r.status === 200 && r.body.status === 200) return true;
    message('error', 'e' + (++refs), C.t('chat.error', { status: r.body ? r.body.status : r.status }), null);
    return false;
  }

  // A click or a change: block_actions from a message, the Home tab or the open modal.
  async function act(action, where) {
    const payload = { type: 'block_actions', actions: [{ ...action, action_ts: String(Date.now() / 1000) }] };
    let ref = null;
    if (where.li) {
      ref = where.ref;
      payload.container = { type: 'message', message_ts: where.ref, is_ephemeral: true };
      payload.channel = { id: 'D' + me.slackId.slice(1) };
    } else {
      const v = where.home || stack[stack.length - 1];
      const root = where.home ? where.home.box : $('modal-blocks');
      payload.container = { type: 'view', view_id: v.id };
      payload.view = { ...v.view, id: v.id, state: B.state(root), hash: 'h' };
    }
    const r = await C.postJson('slack/interaction', { email: me.email, ref, payload });
    if (ok(r)) poll();
  }

  function showModal() {
    const d = $('modal');
    if (!stack.length) { if (d.open) d.close(); return; }
    const top = stack[stack.length - 1].view;
    $('modal-title').textContent = top.title ? top.title.text : '';
    $('modal-blocks').replaceChildren(...B.render(top.blocks, (a) => act(a, {})));
    $('modal-submit').hidden = !top.submit;
    $('modal-submit').textContent = top.submit ? top.submit.text : '';
    $('modal-close').textContent = top.close ? top.close.text : C.t('chat.close');
    d.dataset.callbackId = top.callback_id || '';
    if (!d.open) d.showModal();
  }

  async function submit() {
    const v = stack[stack.length - 1];
    const payload = { type: 'view_submission',
      view: { ...v.view, id: v.id, state: B.state($('modal-blocks')), hash: 'h' } };
    const r = await C.postJson('slack/interaction', { email: me.email, ref: null, payload });
    if (!ok(r)) return;
    const ack = r.body.body ? JSON.parse(r.body.body) : {};
    switch (ack.response_action) {
      case 'errors':
        $('modal-blocks').querySelectorAll('.block.input .error').forEach((e) => { e.textContent = ''; });
        Object.entries(ack.errors || {}).forEach(([block, text]) => {
          const e = $('modal-blocks').querySelector('.block.input[data-block-id="' + CSS.escape(block) + '"] .error');
          if (e) e.textContent = text;
        });
        return;
      case 'update': v.view = ack.view; break;
      case 'push': stack.push({ id: 'V' + v.id + '.' + (++refs), view: ack.view }); break;
      case 'clear': stack = []; break;
      default: stack.pop();
    }
    showModal();
    poll();
  }

  async function closeTop() {
    const v = stack.pop();
    showModal();
    if (v && v.view.notify_on_close) {
      await C.postJson('slack/interaction', { email: me.email, ref: null,
        payload: { type: 'view_closed', view: { ...v.view, id: v.id }, is_cleared: false } });
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('chat-form').addEventListener('submit', (e) => {
      e.preventDefault();
      send($('chat-text').value.trim());
      $('chat-text').value = '';
    });
    $('chat-home').addEventListener('click', async () => {
      if (!me) return;
      const r = await C.postJson('slack/home', { email: me.email });
      if (ok(r)) setTimeout(poll, 300);
    });
    $('modal-form').addEventListener('submit', (e) => { e.preventDefault(); submit(); });
    $('modal-close').addEventListener('click', closeTop);
    $('modal').addEventListener('cancel', (e) => { e.preventDefault(); closeTop(); });
  });
})();
