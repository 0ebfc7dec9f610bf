/**
 * A sensible venue time zone from the city the user typed: conference cities
 * whose zone is not named after them, then any IANA zone whose city part
 * matches ("Tokyo" → Asia/Tokyo). Returns null when unsure.
 */
const KNOWN: Record<string, string> = {
  'tel aviv': 'Asia/Jerusalem', 'tel-aviv': 'Asia/Jerusalem', '텔아비브': 'Asia/Jerusalem', '텔 아비브': 'Asia/Jerusalem',
  jerusalem: 'Asia/Jerusalem', seoul: 'Asia/Seoul', '서울': 'Asia/Seoul', busan: 'Asia/Seoul', '부산': 'Asia/Seoul',
  daejeon: 'Asia/Seoul', '대전': 'Asia/Seoul', jeju: 'Asia/Seoul', '제주': 'Asia/Seoul',
  kyoto: 'Asia/Tokyo', osaka: 'Asia/Tokyo', yokohama: 'Asia/Tokyo', '도쿄': 'Asia/Tokyo',
  beijing: 'Asia/Shanghai', hangzhou: 'Asia/Shanghai', 'hong kong': 'Asia/Hong_Kong',
  vancouver: 'America/Vancouver', seattle: 'America/Los_Angeles', 'san francisco': 'America/Los_Angeles',
  'long beach': 'America/Los_Angeles', 'san diego': 'America/Los_Angeles', 'los angeles': 'America/Los_Angeles',
  'salt lake city': 'America/Denver', denver: 'America/Denver', 'new orleans': 'America/Chicago',
  nashville: 'America/Chicago', montreal: 'America/Toronto', montréal: 'America/Toronto', boston: 'America/New_York',
  'new york': 'America/New_York', 'washington': 'America/New_York', honolulu: 'Pacific/Honolulu',
  milan: 'Europe/Rome', milano: 'Europe/Rome', munich: 'Europe/Berlin', glasgow: 'Europe/London',
  'abu dhabi': 'Asia/Dubai', bangkok: 'Asia/Bangkok', sydney: 'Australia/Sydney', melbourne: 'Australia/Melbourne',
};

export function zoneForCity(city: string, zones: readonly string[] = supportedZones()): string | null {
  const key = city.trim().toLowerCase();
  if (!key) return null;
  if (KNOWN[key]) return KNOWN[key]!;
  const wanted = key.replace(/\s+/g, '_');
  return zones.find((z) => z.toLowerCase().split('/').pop() === wanted) ?? null;
}

export function supportedZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
  return intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : ['UTC', 'Asia/Seoul', 'Asia/Jerusalem'];
}

export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
