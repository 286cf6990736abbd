// LinkedIn's own pages Pacer links to (it never loads them itself).

/** My Network › Manage invitations › Sent: where the user withdraws invitations (Pacer never does). */
export const SENT_INVITATIONS_PAGE = 'https://www.linkedin.com/mynetwork/invitation-manager/sent/';
