// The phone pane: Twilio's side of a call. Each webhook is posted (signed by the console's server
// side) to tenso's own URLs, and the TwiML answer is played as Twilio plays it: <Say> shown and
// spoken, <Pause> waited, <Gather> collecting keys (barge-in over its prompts; the input ends at
// finishOnKey, at numDigits keys, or after `timeout` seconds without a key, counted once the
// prompts are said; no key at all goes on to the next verb), <Redirect> and `action` followed,
// <Dial> and <Record> shown with the outcome chosen here, <Hangup> ending the call.
'use strict';
(() => {
  const C = window.Console;
  const $ = (id) => document.getElementById(id);
  let call = null;
  let gen = 0;
  let gather = null;
  let pending = null;
  let queue = [];
  let current = null;

  const hex = (n) => Array.from(crypto.getRandomValues(new Uint8Array(n / 2)),
    (b) => b.toString(16).padStart(2, '0')).join('');

  // How a Japanese phone number reaches Twilio: E.164 (+81 and the number without its 0).
  function e164(text) {
    const s = (text || '').trim();
    if (s.startsWith('+')) return '+' + s.slice(1).replace(/[^0-9]/g, '');
    const d = s.replace(/[^0-9]/g, '');
    if (!d) return s || 'anonymous';
    return d.startsWith('0') ? '+81' + d.slice(1) : d;
  }

  function log(kind, text, attrs) {
    const li = C.el('li', { class: kind, ...(attrs || {}) }, text);
    $('phone-log').append(li);
    li.scrollIntoView({ block: 'nearest' });
    return li;
  }

  function setState(s, text) {
    const e = $('call-state');
    e.dataset.state = s;
    e.textContent = text;
    $('hang-up').disabled = s !== 'in-call';
  }

  function begin(path, to) {
    if (call) end('caller', C.t('phone.hungUpByCaller'));
    gen += 1;
    call = { sid: 'CA' + hex(32), from: e164($('caller-id').value), to: e164(to) };
    $('phone-log').replaceChildren();
    setState('in-call', C.t('phone.inCall') + ': ' + call.from + ' → ' + call.to);
    post(path, {});
  }

  async function post(url, params, ignoreAnswer) {
    const my = gen;
    const r = await C.postJson('twilio', { url, params: { CallSid: call.sid, From: call.from,
      To: call.to, ...params } });
    if (my !== gen || !call || ignoreAnswer) return;
    if (r.status !== 200 || r.body.status !== 200) {
      log('error', C.t('phone.error', { status: r.body ? r.body.status : r.status }));
      end('ended', '');
      return;
    }
    queue = [...new DOMParser().parseFromString(r.body.twiml, 'application/xml')
      .documentElement.children];
    next(my);
  }

  async function next(my) {
    while (my === gen && call) {
      const v = queue.shift();
      if (!v) { end('ended', ''); return; }
      switch (v.tagName) {
        case 'Say': await say(shown(v)); break;
        case 'Pause': await pause(v); break;
        case 'Gather': startGather(v, my); return;
        case 'Redirect':
          log('redirect', C.t('phone.redirect', { url: v.textContent.trim() }));
          post(v.textContent.trim(), {});
          return;
        case 'Hangup': end('hangup', C.t('phone.hungUpByTenso')); return;
        case 'Dial': dial(v, my); return;
        case 'Record': record(v, my); return;
        default: log('error', C.t('phone.unknownVerb', { verb: v.tagName }));
      }
    }
  }

  function shown(v) {
    const lang = v.getAttribute('language') || 'en-US';
    const text = v.textContent.trim();
    log('say', text, { lang });
    return { text, lang };
  }

  // Said (spoken when asked, else for about the time it takes to say) until done; a key in a
  // <Gather> cuts it short. Its text is shown at once.
  function say(s) {
    return new Promise((resolve) => {
      const estimate = Math.min(60000, 400 + s.text.length * (s.lang.startsWith('ja') ? 110 : 55));
      let timer = null;
      const finish = () => { clearTimeout(timer); if (current === finish) current = null; resolve(); };
      current = finish;
      if ($('speak').checked && window.speechSynthesis) {
        const u = new SpeechSynthesisUtterance(s.text);
        u.lang = s.lang;
        u.onend = finish;
        u.onerror = finish;
        speechSynthesis.speak(u);
        timer = setTimeout(finish, estimate * 2 + 2000);
      } else {
        timer = setTimeout(finish, estimate);
      }
    });
  }

  function pause(v) {
    const seconds = parseInt(v.getAttribute('length') || '1', 10);
    log('pause', C.t('phone.pause', { seconds }));
    return new Promise((resolve) => {
      const finish = () => { clearTimeout(timer); if (current === finish) current = null; resolve(); };
      const timer = setTimeout(finish, seconds * 1000);
      current = finish;
    });
  }

  function cut() {
    if (window.speechSynthesis) speechSynthesis.cancel();
    if (current) current();
  }

  async function startGather(v, my) {
    const g = { action: v.getAttribute('action'), my, digits: '', timer: null, tick: null,
      finishOnKey: v.hasAttribute('finishOnKey') ? v.getAttribute('finishOnKey') : '#',
      numDigits: parseInt(v.getAttribute('numDigits') || '0', 10),
      timeout: parseInt(v.getAttribute('timeout') || '5', 10) };
    gather = g;
    showGather();
    const nested = [...v.children].map((c) => (c.tagName === 'Say' ? shown(c) : c));
    for (const c of nested) {
      if (gather !== g || g.digits) break;
      if (c.tagName === 'Pause') await pause(c); else if (c.text !== undefined) await say(c);
    }
    if (gather === g && !g.digits) arm(g);
  }

  function arm(g) {
    clearTimeout(g.timer);
    clearInterval(g.tick);
    g.deadline = Date.now() + g.timeout * 1000;
    g.timer = setTimeout(() => submit(g, ''), g.timeout * 1000);
    g.tick = setInterval(showGather, 250);
    showGather();
  }

  function key(k) {
    if (!call) return;
    const g = gather;
    if (!g) { log('ignored', C.t('phone.ignored', { key: k })); return; }
    cut();
    if (g.finishOnKey && k === g.finishOnKey) { submit(g, k); return; }
    g.digits += k;
    if (g.numDigits && g.digits.length >= g.numDigits) { submit(g, ''); return; }
    arm(g);
  }

  function submit(g, finishedOnKey) {
    if (gather !== g) return;
    stopGather();
    if (!g.digits) { log('no-input', C.t('phone.noInput')); next(g.my); return; }
    log('keys', C.t('phone.keysSent', { keys: g.digits }), { 'data-keys': g.digits });
    post(g.action, finishedOnKey ? { Digits: g.digits, FinishedOnKey: finishedOnKey }
      : { Digits: g.digits });
  }

  function stopGather() {
    if (gather) { clearTimeout(gather.timer); clearInterval(gather.tick); }
    gather = null;
    showGather();
  }

  function showGather() {
    const g = gather;
    const e = $('gather');
    if (!g) { e.textContent = ''; delete e.dataset.active; return; }
    const parts = [];
    if (g.finishOnKey) parts.push(C.t('phone.finishOnKey', { key: g.finishOnKey }));
    if (g.numDigits) parts.push(C.t('phone.numDigits', { count: g.numDigits }));
    parts.push(C.t('phone.timeout', { seconds: g.timeout }));
    let s = C.t('phone.waiting') + ': ' + parts.join(' / ');
    if (g.digits) s += ' — ' + g.digits;
    if (g.deadline) {
      s += ' — ' + C.t('phone.countdown',
        { seconds: Math.max(0, Math.ceil((g.deadline - Date.now()) / 1000)) });
    }
    e.textContent = s;
    e.dataset.active = 'true';
  }

  function dial(v, my) {
    const targets = [...v.children].map((c) => c.textContent.trim()).filter(Boolean);
    let text = C.t('phone.dial', { targets: targets.join(', '),
      seconds: v.getAttribute('timeout') || '30' });
    if (v.getAttribute('callerId')) {
      text += ' — ' + C.t('phone.dialCallerId', { callerId: v.getAttribute('callerId') });
    }
    log('dial', text, { 'data-targets': targets.join(' ') });
    pending = { kind: 'dial', action: v.getAttribute('action'), my };
    $('dial-outcome').hidden = false;
  }

  function outcome(o) {
    const p = pending;
    if (!p || p.kind !== 'dial') return;
    pending = null;
    $('dial-outcome').hidden = true;
    log('dial-ended', C.t('phone.dialEnded', { outcome: C.t('phone.outcome.' + o) }));
    if (p.action) {
      post(p.action, { DialCallStatus: o, DialCallSid: 'CA' + hex(32),
        DialCallDuration: o === 'completed' ? '42' : '0' });
    } else {
      next(p.my);
    }
  }

  function record(v, my) {
    log('record', C.t('phone.record', { seconds: v.getAttribute('maxLength') || '3600' }));
    pending = { kind: 'record', action: v.getAttribute('action'), my,
      callback: v.getAttribute('recordingStatusCallback') };
    $('record').hidden = false;
  }

  // The message as Twilio reports it: the status callback, then the <Record>'s action.
  function finishRecording() {
    const p = pending;
    if (!p || p.kind !== 'record') return;
    pending = null;
    $('record').hidden = true;
    const sid = 'RE' + hex(32);
    const rec = { RecordingSid: sid, RecordingUrl: location.origin + '/console/recordings/' + sid,
      RecordingDuration: '5' };
    if (p.callback) post(p.callback, { ...rec, RecordingStatus: 'completed' }, true);
    if (p.action) post(p.action, { ...rec, Digits: 'hangup' }); else next(p.my);
  }

  function end(kind, text) {
    if (!call) return;
    cut();
    stopGather();
    gen += 1;
    call = null;
    pending = null;
    queue = [];
    $('dial-outcome').hidden = true;
    $('record').hidden = true;
    if (text) log(kind === 'hangup' ? 'hangup' : 'ended', text);
    setState('ended', C.t('phone.ended'));
  }

  function useUser() {
    const u = C.user;
    if (u) $('caller-id').value = u.mobile || u.phone;
  }

  C.onChange((what) => {
    if (what === 'ready') {
      const on = C.info.phone;
      $('phone-unavailable').hidden = on;
      $('phone').hidden = !on;
      setState('idle', C.t('phone.idle'));
    } else if (what === 'user') {
      useUser();
    } else if (what === 'lang' && !call && $('call-state').dataset.state === 'idle') {
      setState('idle', C.t('phone.idle'));
    }
  });

  document.addEventListener('DOMContentLoaded', () => {
    $('call-ivr').addEventListener('click', () => begin('/twilio/ivr', C.info.accessNumber || '+815000000000'));
    $('call-office').addEventListener('click', () => begin('/twilio/voice', $('office-number').value));
    $('hang-up').addEventListener('click', () => end('caller', C.t('phone.hungUpByCaller')));
    $('use-user').addEventListener('click', useUser);
    $('record-finish').addEventListener('click', finishRecording);
    document.querySelectorAll('#keypad button[data-key]').forEach((b) =>
      b.addEventListener('click', () => key(b.dataset.key)));
    document.querySelectorAll('#dial-outcome button[data-outcome]').forEach((b) =>
      b.addEventListener('click', () => outcome(b.dataset.outcome)));
    $('keypad').addEventListener('keydown', (e) => {
      if (/^[0-9*#]$/.test(e.key)) { e.preventDefault(); key(e.key); }
    });
  });
})();
