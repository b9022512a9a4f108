// News and photo agencies, as they are written in bylines and photo credits.
export const WIRE_AGENCIES = [
  'AFP', 'Agence France-Presse', 'AP', 'Associated Press', 'The Associated Press', 'Reuters', 'Bloomberg', 'DPA', 'EFE',
  'ANSA', 'Kyodo', 'Yonhap', 'UPI', 'PA', 'PA Media', 'Press Association', 'ANI', 'PTI', 'IANS', 'Xinhua', 'TASS',
  'RIA Novosti', 'Sputnik', 'Interfax', 'Anadolu', 'Anadolu Agency', 'AAP', 'CP', 'The Canadian Press',
];
export const PHOTO_AGENCIES = ['Getty', 'Getty Images', 'EPA', 'Pool', 'NurPhoto', 'SOPA', 'ZUMA', 'Shutterstock', 'Alamy', 'kremlin.ru', 'Kremlin'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A credit such as "Name / RIA Novosti" or "Sputnik/Sergei Bobylev/Pool": an agency right after a slash. */
export const AGENCY_AFTER_SLASH = new RegExp(`/\\s*(?:${alternatives([...WIRE_AGENCIES, ...PHOTO_AGENCIES])})\\b`);

export function wireAgency(name: string): string | null {
  const n = name.trim().toLowerCase();
  return WIRE_AGENCIES.find((a) => a.toLowerCase() === n) ?? null;
}
