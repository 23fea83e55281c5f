import type { money as en } from '../en/money.ts';

/** Money on screen: the commission totals, and tables that scroll on a phone. */
export const money: Record<keyof typeof en, string> = {
  'money.tableScrolls': 'Seitwärts scrollen für weitere Spalten',
  'money.totals.loading': 'Die Summen werden geladen…',
  'money.totals.pending': 'Ausstehend',
  'money.totals.approved': 'Freigegeben, zu zahlen',
  'money.totals.paid': 'Ausgezahlt',
  'money.totals.note':
    'Alle Bestellungen bis {day} (Tage in UTC), Rückbuchungen verrechnet. Eine Zeile ist während der Haltefrist ausstehend, dann freigegeben und zahlbar; eine Auszahlung hält sie, bis Sie bestätigen, dass Sie das Geld gesendet haben (bis dahin zählt sie als freigegeben). Eine Erstattung nach der Freigabe fügt eine negative Rückbuchungszeile hinzu.',
};
