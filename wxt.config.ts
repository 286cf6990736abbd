import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Pacer observes linkedin.com only: no other host, no tabs, no remote code.
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Dexie's default entry wraps its ES2015 UMD build; the modern ES build is 12 KB lighter.
    resolve: { alias: { dexie: 'dexie/dist/modern/dexie.mjs' } },
  }),
  manifest: {
    name: 'Pacer — LinkedIn activity meter',
    short_name: 'Pacer',
    description:
      'Meters your own manual LinkedIn invites, messages, InMails and profile views against LinkedIn’s limits. Observes only; data stays in your browser.',
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
    action: { default_title: 'Pacer' },
  },
});
