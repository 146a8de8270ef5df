"""Words the bundled model's vocabulary holds whole that pyspellchecker's dictionary does not
know: names ("guildford", "abdullah"), words of other languages ("societe") and pieces of
contractions ("couldn"). `index.spelling` takes the rest of the vocabulary as English without
loading the dictionary; these still go to it, so they are put right as before ("couldn" ->
"could"). Generated from the installed model and dictionary; tests/test_spelling.py checks it is
still exactly that set."""

NOT_IN_DICTIONARY = frozenset(
    """
abdullah academie aggregator albans albrecht aleksandr alessandro alexandre allmusic almeida alonso
amelie analytics anders andersson andhra andover andreas andrey angeles approx ashland astros
atletico attache auguste augusto austro barangay barrington bassett battista bautista belarusian
belgarath benfica benoit berman bernardino beyonce bharatiya biennale blanco bloomberg bogota braden
brentford breuning brodie bromwich broughton bryson buenos bundesliga burnham callum campeonato
canadiens capcom cappella casimir cassidy celaena celine centred centro cerambycidae cesare chalmers
chateau cheerleading cheung chiang christoph ciudad claremont clarkson clermont cochrane collingwood
colourful colton comune concacaf concepcion concordia connell connor constantin corbett corbin
couldn covent crambidae cramer crawley curran currie daniela daytona declan deportivo deutsche
devlin diablo dimitri dinamo dmitry dobson doherty domenico donnelly draught drummond dumont
dusseldorf dutton eastenders easton edouard eduard eireann endelle erebidae espana essendon estadio
etienne etudes euroleague eurovision everton fairchild fallon federer feldman fenton ferreira ferrer
fiance fiancee filippo filmfare fisted florian fontaine fontana fordham francais francaise francesco
fredrik frontman fujian fulham futsal galerie gameplay garion gaston gaulle geometridae georgie
gerais germain geschichte giacomo gifford gilles giorgio glamorgan goldstein gonzaga gorman
gottfried gottingen governorate graeme grande grayson greenberg greenville gregor griffiths
guangdong guerre guildford guillaume gundam gustave hackett hadley hailey hamish hampson hapoel
harald harcourt haryana hassan havilland helens henrik hillsborough hindwings hiroshi hirsch
histoire historia hodgson hoffmann honneur houghton huffington hussain ibrahim institut instituto
internacional italiana ivanov jaenelle janata janeiro jiangsu johansson johnstone jurgen juventus
kaitlyn kaladin kaplan kapoor karnataka keating kellan kensington khalifa khorasan kimball kincaid
knicks kobayashi kolkata konstantin koppen kowalski labourers laguna lakers langdon lankan larkin
laszlo latham lauderdale lehigh lennox libertadores litres lucivar lumpur maccabi mackay maclean
macquarie maddie madhya magnus maguire mahmoud mahmud maison malley mandal mandir markus marsden
marylebone masovian massimo matteo maximus mayfield mccann mcgill mcgrath mcgraw mcgregor mckenna
mclaren medallist mendes metacritic metadata metres meyrick michaels middlesex middletown milano
minogue mixtape moffat moines montrose moritz motorsport motorsports mukherjee multiplayer munchen
musica musique mustafa nacional nakamura napoli narayan nationale neighbourhood neighbourhoods
neumann newbury newtown nicholls nikola nikolay noctuidae norwood nothin nouveau nouvelle odisha
oliveira onboard oricon paddington panchayat paralympic paralympics parana payton pearce pedersen
pendleton pereira peyton philipp phillies pieter pietro pointe pokemon polgara powerplant pradesh
prakash prasad premio primera protege puerto quinlan rahman rainer rashid rearview rebranded redding
redesignated rihanna ritchie rosenthal routledge royale sadler saetan sainte sakura salman sanjay
scarlett schuster schwarz scully seahawks seamus seater sebastien segunda sentai sergey sevilla
sharma shenzhen shouldn siegel silvio skylar smackdown smartphone smashwords societe somerville
somethin southend sparhawk spartak stadion stanisław steelers stefano stephane storylines stratford
stryker sundance superliga taekwondo takahashi taluka tanaka teatro tehsil telangana telecom
telenovela temeraire thayer theodor thessaloniki thierry thorne tierney tortricidae tottenham
townland trafford translit travers turnbull ulrich undrafted unesco unicef universidad universite
urbana verlag vickers vidhan vikram viktor villiers vincenzo vinnie vittorio voivodeship vuelta
wastewater watford webber westchester westfield westwood willem willoughby winkler winslow wouldn
wrestlemania wrexham wrocław wurttemberg xander xinjiang yamamoto zhejiang zurich
""".split()
)
