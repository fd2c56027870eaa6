// People by name in the mini-program (issue #20 part 8, #17 item 6): my name on the me page, the inviter named on
// accepting, friends by name on the friends page, an alias edited in place with a bad one refused beside the field.
const test = require('node:test');
const assert = require('node:assert/strict');
const { wx, freshPhone, openPage, closeAll, until } = require('./helpers/env');
const storage = require('../utils/storage');
const people = require('../utils/people');

test.afterEach(() => closeAll());

test('names, not numbers: my nickname, the inviter on accepting, friends by name and by my alias', async () => {
  freshPhone('named-inviter');
  const me = await openPage('pages/me/index');
  await me.instance.load();
  assert.match(me.instance.data.reference, /^#[0-9A-F]{4}-[0-9A-F]{4}$/);
  me.instance.onNickname({ detail: { value: ' 小王 ' } });
  await me.instance.saveNickname();
  assert.equal(me.instance.data.nickname, '小王');
  assert.equal(me.instance.data.nicknameError, '');
  const friends = await openPage('pages/friends/index');
  await friends.instance.createInvite();
  const invite = friends.instance.onShareAppMessage().path.split('invite=')[1];
  const inviter = storage.get(storage.TOKEN);

  freshPhone('named-invitee');
  const mine = await openPage('pages/me/index');
  mine.instance.onNickname({ detail: { value: '小雨' } });
  await mine.instance.saveNickname();
  const accept = await openPage('pages/bind/accept', { invite });
  assert.equal(accept.instance.data.state, 'bound');
  assert.equal(accept.instance.data.inviter, '小王');
  assert.match(accept.querySelector('#bind-ok').dom.textContent, /小王/);
  const theirs = await openPage('pages/friends/index');
  await theirs.instance.load();
  await until(() => theirs.instance.data.friends.length, 'the invitee\'s friends');
  assert.equal(theirs.instance.data.friends[0].name, '小王');

  storage.set(storage.TOKEN, inviter);
  const list = await openPage('pages/friends/index');
  await list.instance.load();
  await until(() => list.instance.data.friends.length, 'the inviter\'s friends');
  const friend = list.instance.data.friends[0];
  assert.equal(friend.name, '小雨');
  assert.ok(!/[0-9a-f]{8}/.test(list.querySelector('.friend-name').dom.textContent), 'never an id');

  list.instance.rename({ currentTarget: { dataset: { id: friend.id } } });
  list.instance.onAlias({ detail: { value: '小\u0007雨' } });
  await list.instance.saveAlias();
  assert.match(list.instance.data.aliasError, /控制字符/);
  assert.ok(list.querySelector('#alias-error'), 'the refusal sits beside the field');
  list.instance.onAlias({ detail: { value: '老婆' } });
  await list.instance.saveAlias();
  await until(() => list.instance.data.friends[0] && list.instance.data.friends[0].name === '老婆', 'the alias in the list');
  assert.equal(list.instance.data.editing, '');
  assert.equal(wx.calls.requests.filter((r) => r.method === 'PATCH' && /\/api\/mp\/bindings\//.test(r.url)).length, 1, 'the refused alias never left the phone');
});

test('an overlong name is refused beside the field, by the client and by the host alike', async () => {
  freshPhone('long-name');
  const me = await openPage('pages/me/index');
  me.instance.onNickname({ detail: { value: '名'.repeat(33) } });
  await me.instance.saveNickname();
  assert.match(me.instance.data.nicknameError, /32/);
  // The client's own check agrees with the host's: the same 33 characters are refused by the host too.
  assert.notEqual(people.check('名'.repeat(33), false), '');
  const api = require('../utils/api');
  await assert.rejects(api.patch('/api/mp/me', { nickname: '名'.repeat(33) }), (e) => e.status === 400 && /32/.test(e.message));
});
