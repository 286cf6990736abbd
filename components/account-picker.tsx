// The options page's account picker: every setting below it applies to the LinkedIn account chosen
// here (the plan, limits and InMail ones to that account alone; the others to all). Before any
// account is seen there is nothing to pick, and the page says what its settings will apply to.
import type { SeenAccount } from '../lib/domain/account-report';
import { accountFullLabel } from '../lib/ui/format';

export interface AccountPickerProps {
  /** Every account seen, most recent first. */
  accounts: readonly SeenAccount[];
  /** The account whose settings the page shows (null: none seen yet). */
  selected: string | null;
  onSelect: (account: string) => void;
}

export function AccountPicker({ accounts, selected, onSelect }: AccountPickerProps) {
  if (accounts.length === 0 || selected === null) {
    return (
      <p class="account-scope hint" role="note" data-account-scope="shared">
        Pacer has not seen a LinkedIn account yet. The plan and limits chosen here apply to the first account
        it sees; each later account starts from the defaults, and the popup asks its plan.
      </p>
    );
  }
  return (
    <div class="account-scope" data-account-scope="account">
      <div class="field">
        <label for="field-account">LinkedIn account</label>
        <div class="field-control">
          <select
            name="account"
            id="field-account"
            aria-describedby="account-hint"
            value={selected}
            onChange={(e) => onSelect((e.currentTarget as HTMLSelectElement).value)}
          >
            {accounts.map((a) => (
              <option key={a.account} value={a.account}>
                {accountFullLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <p class="field-hint" id="account-hint">
          The plan, limits and InMail settings below are this account’s own. Zones, the weekly window, the
          time zone and “Send anyway?” apply to all accounts.
        </p>
      </div>
    </div>
  );
}
