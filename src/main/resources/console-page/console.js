// The console page: texts (conversations/console.yaml through /console/api/texts), the ja/en
// toggle, the chosen user, the demo authenticator and the mailbox. phone.js and chat.js use
// window.Console.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const state = { texts: {}, lang: localStorage.getItem('tenso.console.lang') || 'ja',
    user: null, info: {}, listeners: [] };

  function t(key, params) {
    const text = (state.texts[state.lang] || {})[key];
    if (text === undefined) return key;
    return text.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (m, name) =>
      params && params[name] !== undefined ? String(params[name]) : m);
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'class') e.className = v; else if (v !== undefined && v !== null) e.setAttribute(k, v);
    });
    children.flat().forEach((c) => e.append(c instanceof Node ? c : String(c)));
    return e;
  }

  async function api(path, options) {
    const r = await fetch('/console/api/' + path, options);
    return { status: r.status, body: r.headers.get('content-type')?.includes('json') ? await r.json() : null };
  }

  function postJson(path, body) {
    return api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
  }

  function translate() {
    document.documentElement.lang = state.lang;
    document.title = t('title');
    document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = t(e.dataset.t); });
    document.querySelectorAll('[data-t-label]').forEach((e) =>
      e.setAttribute('aria-label', t(e.dataset.tLabel)));
    renderUser();
    state.listeners.forEach((f) => f('lang'));
  }

  function renderUser() {
    const box = $('user-info');
    box.replaceChildren();
    const u = state.user;
    if (!u) { box.append(el('p', {}, t('user.none'))); return; }
    const row = (k, v) => [el('dt', {}, t('user.' + k)), el('dd', { 'data-field': k }, v)];
    box.append(el('dl', {}, row('name', u.name), row('email', u.email), row('phone', u.phone),
      row('mobile', u.mobile || '-'), row('role', t('role.' + u.role)),
      row('secondFactor', t('secondFactor.' + u.secondFactor)), row('status', t('status.' + u.status)),
      row('numbers', u.numbers.length ? u.numbers.join(', ') : t('user.noNumbers'))));
  }

  async function choose(who) {
    const r = await api('user?who=' + encodeURIComponent(who));
    if (r.status !== 200) {
      $('user-info').replaceChildren(el('p', { class: 'error', role: 'alert' }, t('user.notFound')));
      return;
    }
    state.user = r.body;
    remember(r.body.email);
    renderUser();
    refreshTotp();
    state.listeners.forEach((f) => f('user'));
  }

  // The users chosen before (kept in this browser): the directory itself is never listed.
  function remember(email) {
    const recent = JSON.parse(localStorage.getItem('tenso.console.users') || '[]')
      .filter((e) => e !== email);
    if (email) recent.unshift(email);
    localStorage.setItem('tenso.console.users', JSON.stringify(recent.slice(0, 10)));
    $('user-recent').replaceChildren(...recent.slice(0, 10).map((e) => el('option', { value: e })));
  }

  async function refreshTotp() {
    const code = $('totp-code');
    if (!state.user) {
      $('totp-status').textContent = t('totp.noUser');
      code.textContent = ''; $('totp-left').textContent = '';
      return;
    }
    const r = await api('totp?email=' + encodeURIComponent(state.user.email));
    if (r.status !== 200) return;
    $('totp-status').textContent = t('totp.' + r.body.status);
    code.textContent = r.body.code;
    code.dataset.status = r.body.status;
    $('totp-left').textContent = r.body.code ? t('totp.secondsLeft', { seconds: r.body.secondsLeft }) : '';
  }

  // Polled; the list is drawn again only when it changed (no flicker, nothing said twice).
  let mailsShown = null;
  async function refreshMails(force) {
    const r = await api('mails');
    if (r.status !== 200) return;
    $('mail-unavailable').hidden = r.body.available;
    const seen = JSON.stringify(r.body.mails.map((m) => [m.at, m.to, m.subject]));
    if (seen === mailsShown && force !== true) return;
    mailsShown = seen;
    const list = $('mails');
    if (!r.body.mails.length) { list.replaceChildren(el('li', { class: 'empty' }, t('mail.none'))); return; }
    list.replaceChildren(...r.body.mails.map((m) => el('li', { class: 'mail' },
      el('div', { class: 'subject' }, m.subject),
      el('div', {}, t('mail.to') + ': ', el('span', { class: 'to' }, m.to), ' · ',
        el('time', { datetime: m.at }, new Date(m.at).toLocaleString(state.lang))),
      el('pre', { class: 'text' }, m.text))));
  }

  window.Console = {
    t, el, api, postJson,
    get lang() { return state.lang; },
    get user() { return state.user; },
    get info() { return state.info; },
    onChange(f) { state.listeners.push(f); },
    refreshMails, refreshTotp,
  };

  async function start() {
    const [texts, info] = await Promise.all([api('texts'), api('info')]);
    state.texts = texts.body;
    state.info = info.body;
    $('lang').addEventListener('click', () => {
      state.lang = state.lang === 'ja' ? 'en' : 'ja';
      localStorage.setItem('tenso.console.lang', state.lang);
      translate(); refreshMails(true); refreshTotp();
    });
    $('user-form').addEventListener('submit', (e) => { e.preventDefault(); choose($('user-who').value.trim()); });
    $('mail-refresh').addEventListener('click', () => refreshMails(true));
    remember(null);
    translate();
    refreshMails(); refreshTotp();
    setInterval(refreshMails, 3000);
    setInterval(refreshTotp, 1000);
    document.body.dataset.ready = 'true';
    state.listeners.forEach((f) => f('ready'));
  }
  document.addEventListener('DOMContentLoaded', start);
})();
