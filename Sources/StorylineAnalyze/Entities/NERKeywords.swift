/// Small closed classes of English words that tell what kind of name a capitalized run is:
/// the head noun of an organisation ("… University", "… Party"), of a place ("… River",
/// "… Street"), a personal title before a name ("Mr", "Senator") and the lower-case function
/// words that may join a name ("University of Minnesota"). Written for this project (no
/// third-party list); the tagger learns how much each class matters.
enum NERKeywords {
    enum Class: UInt8 {
        case none = 0, organization = 1, place = 2, title = 3, connector = 4
    }

    /// Lower-case word hash → class.
    static let table: HashedKeyMap<Class> = {
        var t = HashedKeyMap<Class>(filler: .none, capacity: 512)
        func add(_ words: String, _ c: Class) {
            for w in words.split(separator: " ") { t.set(FeatureHash.bytes(w.utf8), c) }
        }
        add("""
            university universities college institute school academy company corporation corp corp. \
            inc inc. ltd ltd. llc plc co. group party council committee commission agency agencies \
            organisation organization association society ministry department bank court congress \
            senate parliament assembly office bureau board foundation union league club army navy \
            force forces police service authority federation press network fund trust institution \
            administration government secretariat cabinet coalition alliance movement brigade \
            regiment corps tribunal conservatoire orchestra band team airlines airways railway \
            railways bancorp holdings industries enterprises partners laboratories labs council \
            commissions directorate chamber guild cooperative ngo agency commonwealth
            """, .organization)
        add("""
            river lake mountain mountains mount mt mt. bay gulf island islands isle sea ocean street \
            st. road rd rd. avenue ave ave. boulevard blvd square bridge park valley hill hills cape \
            peninsula desert forest station airport hall tower cathedral palace castle beach coast \
            province county city district region village town canal strait falls harbour harbor \
            port trail highway memorial stadium temple abbey plaza lane cemetery gardens zoo \
            building church mosque monastery arena pier wharf reservoir creek peak glacier \
            archipelago prefecture oblast governorate territory territories
            """, .place)
        add("""
            mr mr. mrs mrs. ms ms. miss mister madam madame dr dr. prof prof. professor sir dame \
            lord lady president senator sen. rep. representative congressman congresswoman governor \
            gov. judge justice king queen prince princess pope reverend rev. father bishop \
            archbishop cardinal general gen. colonel col. captain capt. major lieutenant lt. \
            sergeant sgt. minister chancellor speaker chairman chairwoman secretary ambassador \
            mayor emperor empress marquis duke duchess earl count countess baron baroness sheikh \
            imam rabbi brother sister uncle aunt officer detective inspector coach commissioner \
            admiral commander premier tsar czar sultan
            """, .title)
        add("of the and de du des la le von van der den del da di for on & y", .connector)
        return t
    }()

    static func of(lowerHash: UInt64) -> Class { table.value(lowerHash, or: .none) }
}
