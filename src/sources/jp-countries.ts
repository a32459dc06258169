/**
 * Japanese country names as the MOF lists write them (国籍, 住所), for the regimes and places
 * those lists cover. Anything else is kept as text by the caller.
 */
const JA_COUNTRIES: Record<string, string> = {
  北朝鮮: 'KP', 朝鮮民主主義人民共和国: 'KP', 韓国: 'KR', 大韓民国: 'KR', 日本: 'JP', 中国: 'CN', 中華人民共和国: 'CN', 香港: 'HK',
  台湾: 'TW', ロシア: 'RU', ロシア連邦: 'RU', ベラルーシ: 'BY', ウクライナ: 'UA', イラン: 'IR', イラン・イスラム共和国: 'IR',
  イラク: 'IQ', シリア: 'SY', シリア・アラブ共和国: 'SY', レバノン: 'LB', リビア: 'LY', イエメン: 'YE', アフガニスタン: 'AF',
  パキスタン: 'PK', スーダン: 'SD', 南スーダン: 'SS', ソマリア: 'SO', コンゴ民主共和国: 'CD', 中央アフリカ: 'CF',
  中央アフリカ共和国: 'CF', マリ: 'ML', ミャンマー: 'MM', アラブ首長国連邦: 'AE', トルコ: 'TR', シンガポール: 'SG',
  マレーシア: 'MY', タイ: 'TH', ベトナム: 'VN', ラオス: 'LA', カンボジア: 'KH', モンゴル: 'MN', アメリカ合衆国: 'US', 米国: 'US',
  英国: 'GB', フランス: 'FR', ドイツ: 'DE', スイス: 'CH', キプロス: 'CY', エジプト: 'EG', サウジアラビア: 'SA', カタール: 'QA',
  クウェート: 'KW', ヨルダン: 'JO', トルクメニスタン: 'TM', カザフスタン: 'KZ', ウズベキスタン: 'UZ', キルギス: 'KG', アルメニア: 'AM',
  ジョージア: 'GE', アゼルバイジャン: 'AZ', インド: 'IN', インドネシア: 'ID', フィリピン: 'PH', ニカラグア: 'NI', ベネズエラ: 'VE',
};

export function japaneseCountryCode(text: string): string | undefined {
  return JA_COUNTRIES[text.replace(/[\s\u3000]+/g, '')];
}
