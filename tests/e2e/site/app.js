// LinkedIn-like behaviour for the fixture pages: the page's own requests go to the real
// LinkedIn API paths (answered by the test's route handler), exactly as LinkedIn's app does.
(() => {
  const f = window.__fixture;
  const t = f.text;
  const me = `urn:li:fsd_profile:${f.selfId}`;
  const recipient = `urn:li:fsd_profile:${f.profileId}`;
  const rand = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 36).toString(36)).join('');
  const post = (url, body, contentType = 'application/json; charset=UTF-8') =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'csrf-token': 'ajax:0000',
        'x-restli-protocol-version': '2.0.0',
      },
      body: JSON.stringify(body),
    });
  const status = (text) => {
    let el = document.getElementById('fixture-status');
    if (!el) {
      el = document.createElement('p');
      el.id = 'fixture-status';
      document.querySelector('main').append(el);
    }
    el.textContent = text;
  };

  // The app asks who is logged in, like LinkedIn does on start.
  fetch('/voyager/api/me', { headers: { accept: 'application/vnd.linkedin.normalized+json+2.1' } });

  // --- Invite dialog: a shadow root under #interop-outlet (2025-26 markup).
  document.getElementById('connect').addEventListener('click', () => {
    const outlet = document.getElementById('interop-outlet');
    const root = outlet.shadowRoot ?? outlet.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        [role=dialog] { position: fixed; top: 20%; left: 50%; transform: translateX(-50%); width: 480px; background: #fff;
          border-radius: 8px; box-shadow: 0 4px 24px #0004; padding: 16px 20px; font: 14px system-ui, sans-serif; }
        h2 { font-size: 18px; margin: 0 0 12px; }
        textarea { width: 100%; min-height: 80px; box-sizing: border-box; }
        .artdeco-modal__actionbar { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
        button { border-radius: 16px; padding: 6px 16px; border: 1px solid #0a66c2; background: #fff; color: #0a66c2; font-weight: 600; }
        button.send { background: #0a66c2; color: #fff; }
      </style>
      <div role="dialog" aria-labelledby="send-invite-modal" class="artdeco-modal send-invite">
        <h2 id="send-invite-modal">${t.inviteTitle}</h2>
        <div class="note" hidden><textarea id="custom-message" name="message" maxlength="300"></textarea></div>
        <div class="artdeco-modal__actionbar">
          <button aria-label="${t.addNote}" class="add-note">${t.addNote}</button>
          <button aria-label="${t.sendWithoutNote}" class="send artdeco-button--primary">${t.send}</button>
        </div>
      </div>`;
    const note = root.querySelector('textarea');
    const send = root.querySelector('button.send');
    root.querySelector('.add-note').addEventListener('click', () => {
      root.querySelector('.note').hidden = false;
      send.setAttribute('aria-label', t.sendInvitation);
      note.focus();
    });
    send.addEventListener('click', async () => {
      const body = { invitee: { inviteeUnion: { memberProfile: recipient } } };
      if (!root.querySelector('.note').hidden && note.value !== '') body.customMessage = note.value;
      const res = await post(
        '/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreateV2&decorationId=com.linkedin.voyager.dash.deco.relationships.InvitationCreationResultWithInvitee-2',
        body,
      );
      root.innerHTML = '';
      status(res.ok ? 'Invitation sent' : `Invitation failed (${res.status})`);
    });
  });

  // --- Message / InMail composer in the messaging overlay.
  document.getElementById('message').addEventListener('click', async (event) => {
    event.preventDefault();
    const optionUrl = `/voyager/api/voyagerMessagingDashComposeOptions/urn:li:fsd_composeOption:(${f.profileId},NON_SELF_PROFILE_VIEW,EMPTY_CONTEXT_ENTITY_URN)`;
    const option = await (await fetch(optionUrl)).json();
    const type = option?.data?.composeOptionType;
    const conversation = option?.data?.composeNavigationContext?.existingConversationUrn;
    const isInmail = type === 'PREMIUM_INMAIL';
    document.querySelector('.msg-overlay')?.remove();
    const overlay = document.createElement('div');
    overlay.className = 'msg-overlay';
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-label', t.messaging);
    overlay.innerHTML = `
      <h2>${f.name}</h2>
      <form id="msg-form-ember42" class="msg-form">
        ${isInmail ? `<input name="subject" class="msg-form__subject" placeholder="${t.subject}" />` : ''}
        <div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-multiline="true" aria-label="${t.writeMessage}"></div>
        <div class="msg-form__footer"><button type="submit" class="msg-form__send-button">${t.send}</button></div>
      </form>`;
    document.body.append(overlay);
    overlay.querySelector('form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const text = overlay.querySelector('[role="textbox"]').textContent;
      const message = {
        body: { attributes: [], text },
        renderContentUnions: [],
        originToken: crypto.randomUUID(),
      };
      const body = { message, mailboxUrn: me, trackingId: rand(16), dedupeByClientGeneratedToken: false };
      if (conversation) message.conversationUrn = conversation;
      else body.hostRecipientUrns = [recipient];
      if (isInmail) body.subject = overlay.querySelector('input[name="subject"]').value;
      const res = await post(
        '/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage',
        body,
        'text/plain;charset=UTF-8',
      );
      status(res.ok ? 'Message sent' : `Message failed (${res.status})`);
      if (res.ok) overlay.remove();
    });
  });
})();
