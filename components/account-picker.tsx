// The options page's account picker: every setting below it applies to the LinkedIn account chosen
// here (the plan, limits and InMail ones to that account alone; the others to all). Before any
// account is seen there is nothing to pick, and the page says what its settings will apply to.
import type { SeenAccount } from '../lib/domain/account-report';
import { t } from '../lib/i18n/t';
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
        {t('popup.pickerEmpty')}
      </p>
    );
  }
  return (
    <div class="account-scope" data-account-scope="account">
      <div class="field">
        <label for="field-account">{t('popup.accountLabel')}</label>
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
          {t('popup.pickerHint')}
        </p>
      </div>
    </div>
  );
}
