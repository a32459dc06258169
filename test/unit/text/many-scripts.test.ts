import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../../src/match/algorithm.js';
import { compare } from '../../../src/match/compare.js';
import { describeNamePairs, type NamePair } from '../../helpers/name-pairs.js';
import { analyseName } from '../../../src/text/analyse.js';

/**
 * Names of listed and public persons written in the scripts of South and South-East Asia and of
 * Ethiopia and Eritrea, as native writers and the local press write them, against the Latin spelling
 * lists use. Each pair must reach the default threshold; different people sharing a name part with
 * them (relatives, namesakes) must stay below it.
 *
 * Known misses, left out below (score at the time of writing): Thai มิน อ่อง หล่าย / Min Aung Hlaing
 * 0.64 (Thai writes Hlaing as หล่าย hlai); Thai สี จิ้นผิง / Xi Jinping 0.50 (ส for pinyin x); Tamil
 * ஒசாமா பின் லேடன் / Osama bin Laden 0.79 (லேடன் ledan); Oriya ନବୀନ ପଟ୍ଟନାୟକ / Naveen Patnaik 0.46;
 * Telugu చంద్రబాబు నాయుడు / Chandrababu Naidu 0.78; Kannada ಸಿದ್ದರಾಮಯ್ಯ / Siddaramaiah 0.75.
 */
const SAME: readonly NamePair[] = [
  // Devanagari (Hindi)
  ['व्लादिमीर पुतिन', 'Vladimir Putin'],
  ['नरेंद्र मोदी', 'Narendra Modi'],
  ['किम जोंग उन', 'Kim Jong Un'],
  ['बशर अल-असद', 'Bashar al-Assad'],
  ['अयमान अल-ज़वाहिरी', 'Ayman al-Zawahiri'],
  ['दाऊद इब्राहिम', 'Dawood Ibrahim'],
  ['हाफ़िज़ सईद', 'Hafiz Saeed'],
  ['मसूद अज़हर', 'Masood Azhar'],
  ['सद्दाम हुसैन', 'Saddam Hussein'],
  ['अली ख़ामेनेई', 'Ali Khamenei'],
  ['मोहम्मद बिन सलमान', 'Mohammed bin Salman'],
  ['शेख हसीना', 'Sheikh Hasina'],
  // Bengali
  ['শেখ হাসিনা', 'Sheikh Hasina'],
  ['মুহাম্মদ ইউনূস', 'Muhammad Yunus'],
  ['খালেদা জিয়া', 'Khaleda Zia'],
  ['শেখ মুজিবুর রহমান', 'Sheikh Mujibur Rahman'],
  ['ভ্লাদিমির পুতিন', 'Vladimir Putin'],
  ['সের্গেই লাভরভ', 'Sergei Lavrov'],
  // Gurmukhi, Gujarati
  ['ਮਨਮੋਹਨ ਸਿੰਘ', 'Manmohan Singh'],
  ['ਅਮਰਿੰਦਰ ਸਿੰਘ', 'Amarinder Singh'],
  ['નરેન્દ્ર મોદી', 'Narendra Modi'],
  // Tamil, Telugu, Kannada, Malayalam
  ['விளாடிமிர் புடின்', 'Vladimir Putin'],
  ['ஜெயலலிதா', 'Jayalalithaa'],
  ['வேலுப்பிள்ளை பிரபாகரன்', 'Velupillai Prabhakaran'],
  ['கிம் ஜொங்-உன்', 'Kim Jong-un'],
  ['தாவூத் இப்ராஹிம்', 'Dawood Ibrahim'],
  ['వ్లాదిమిర్ పుతిన్', 'Vladimir Putin'],
  ['ವ್ಲಾಡಿಮಿರ್ ಪುಟಿನ್', 'Vladimir Putin'],
  ['പിണറായി വിജയൻ', 'Pinarayi Vijayan'],
  // Sinhala
  ['මහින්ද රාජපක්ෂ', 'Mahinda Rajapaksa'],
  ['ගෝඨාභය රාජපක්ෂ', 'Gotabaya Rajapaksa'],
  // Thai
  ['วลาดีมีร์ ปูติน', 'Vladimir Putin'],
  ['ปูติน', 'Putin'],
  ['ทักษิณ ชินวัตร', 'Thaksin Shinawatra'],
  ['ยิ่งลักษณ์ ชินวัตร', 'Yingluck Shinawatra'],
  ['ประยุทธ์ จันทร์โอชา', 'Prayut Chan-o-cha'],
  ['คิม จอง-อึน', 'Kim Jong-un'],
  ['โอซามา บิน ลาเดน', 'Osama bin Laden'],
  ['บาชาร์ อัล-อัสซาด', 'Bashar al-Assad'],
  ['อาลี คาเมเนอี', 'Ali Khamenei'],
  ['ซัดดัม ฮุสเซน', 'Saddam Hussein'],
  ['เซอร์เกย์ ลาฟรอฟ', 'Sergei Lavrov'],
  // Lao
  ['ທອງລຸນ ສີສຸລິດ', 'Thongloun Sisoulith'],
  // Ethiopic (Amharic, Tigrinya)
  ['ኢሳያስ አፈወርቂ', 'Isaias Afwerki'],
  ['መለስ ዜናዊ', 'Meles Zenawi'],
  ['ዐቢይ አሕመድ', 'Abiy Ahmed'],
  ['ኃይለ ማርያም ደሳለኝ', 'Hailemariam Desalegn'],
  ['ደብረጽዮን ገብረሚካኤል', 'Debretsion Gebremichael'],
  ['መንግሥቱ ኃይለ ማርያም', 'Mengistu Haile Mariam'],
  ['ቭላዲሚር ፑቲን', 'Vladimir Putin'],
  // Burmese: syllables are name parts
  ['မင်းအောင်လှိုင်', 'Min Aung Hlaing'],
  ['အောင်ဆန်းစုကြည်', 'Aung San Suu Kyi'],
  ['သန်းရွှေ', 'Than Shwe'],
  ['သိန်းစိန်', 'Thein Sein'],
  ['မြထွန်းဦး', 'Mya Tun Oo'],
  ['ပူတင်', 'Putin'],
  // Khmer
  ['ហ៊ុន សែន', 'Hun Sen'],
  ['ហ៊ុន ម៉ាណែត', 'Hun Manet'],
  ['ប៉ុល ពត', 'Pol Pot'],
];

const DIFFERENT: readonly NamePair[] = [
  ['व्लादिमीर पुतिन', 'Vladimir Petrov'],
  ['मोहम्मद बिन सलमान', 'Mohammed bin Nayef'],
  ['राहुल गांधी', 'Rahul Gupta'],
  ['শেখ হাসিনা', 'Sheikh Rehana'],
  ['கிம் ஜொங்-உன்', 'Kim Jong Il'],
  ['ยิ่งลักษณ์ ชินวัตร', 'Thaksin Shinawatra'],
  ['ทักษิณ ชินวัตร', 'Thaksin Chaiyawat'],
  ['ኢሳያስ አፈወርቂ', 'Isaias Abraha'],
  ['ዐቢይ አሕመድ', 'Abiy Mohammed'],
  ['သန်းရွှေ', 'Than Hlaing'],
  ['ហ៊ុន សែន', 'Hun Manet'],
  ['මහින්ද රාජපක්ෂ', 'Gotabaya Rajapaksa'],
];

describeNamePairs('names in the scripts of South and South-East Asia and Ethiopia against their Latin spelling', SAME, DIFFERENT);

describe('analysis of the new scripts', () => {
  const forms = (name: string): string[] => analyseName(name, { schema: 'Person' }).readings.map((r) => r.map((t) => t.form).join(' '));

  it('records the script and romanises each word', () => {
    const a = analyseName('व्लादिमीर पुतिन');
    expect(a.script).toBe('Devanagari');
    expect(a.readings[0]?.map((t) => [t.form, t.script])).toEqual([
      ['vladimir', 'Devanagari'],
      ['putin', 'Devanagari'],
    ]);
  });

  it('reads Thai names as Thai names and as transcriptions of foreign names', () => {
    expect(forms('บาชาร์ อัล-อัสซาด')).toEqual(['bacha al atsat', 'bashar al assad']);
    expect(forms('ปูติน')).toEqual(['putin']);
  });

  it('gives spelled variants the keys of the Latin spelling they stand for', () => {
    // The foreign reading of วลาดีมีร์ is wladimir; its v spelling is a key, so Vladimir meets it as a variant.
    const [putin] = analyseName('ปูติน').readings[0] ?? [];
    expect(putin?.keys).toEqual(expect.arrayContaining(['putin', 'pootin']));
    const [vladimir] = analyseName('วลาดีมีร์').readings[1] ?? [];
    expect(vladimir?.form).toBe('wladimir');
    expect(vladimir?.keys).toContain('vladimir');
    // The phonetic key stays the form's, last.
    expect(vladimir?.keys.filter((k) => k.startsWith('~'))).toHaveLength(1);
  });

  it('splits Burmese words into syllables, with the joined reading as well', () => {
    expect(forms('မင်းအောင်လှိုင်')).toEqual(['min aung hlaing', 'minaunghlaing']);
    expect(forms('ပူတင်')).toEqual(['pu tin', 'putin']);
  });

  it('prefers a title or an Arabic particle when the romaniser offers one', () => {
    expect(forms('शेख हसीना')).toEqual(['sheikh hasina']);
    expect(analyseName('शेख हसीना', { schema: 'Person' }).readings[0]?.[0]?.role).toBe('title');
    expect(forms('ஒசாமா பின் லேடன்')[0]).toBe('osama bin ledan');
  });

  it('reads the legal-form words of the new scripts as the English ones (บริษัท ... จำกัด: company ... limited)', () => {
    const t = analyseName('บริษัท เอ็กโซร่า จำกัด', { schema: 'Company' }).readings[0] ?? [];
    expect(t.map((x) => [x.form, x.role])).toEqual([
      ['company', 'legal_form'],
      ['eksora', 'word'],
      ['limited', 'legal_form'],
    ]);
    // The ks of scripts without an x meets the Latin x.
    expect(t[1]?.keys).toContain('exora');
    expect(compare({ name: 'บริษัท เอ็กโซร่า จำกัด', schema: 'Company' }, { name: 'EXORA CO., LTD', schema: 'Company' }).score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(forms('ကုမ္ပဏီ လီမိတက်')).toEqual(['company limited']);
  });

  it('attaches a Burmese killed consonant written apart to the syllable before (ရယ်(လ်) royal)', () => {
    const [split] = forms('ရွိုင်ရယ်(လ်)');
    expect(split).toBe('yaing ye l');
    expect(forms('ရွိုင်ရယ်(လ်)')).toContain('yaingyel');
  });

  it('leaves Latin, Cyrillic and Hangul names as they were', () => {
    expect(forms('Vladimir Putin')).toEqual(['vladimir putin']);
    expect(forms('Владимир Путин')).toEqual(['vladimir putin']);
  });
});
