// Check: decision tables: gaps, overlaps, unreachable rows and hit policies.

import Testing
@testable import RegelwerkKern
@testable import RegelwerkGevallen
@testable import RegelwerkHulpmiddelen
@testable import RegelwerkCLI

@Suite struct TabelTests {
    @Test func aansluitendeSchijvenZijnGoed() {
        expectDiagnostics(kop + """
        artikel 51
          regel p volgens tabel op inkomen
            tot €1.000 -> 10%
            van €1.000 tot €2.000 -> 20%
            van €2.000 of hoger -> 40%
          einde
        """, [])
    }

    @Test func gatTussenSchijven() {
        expectDiagnostics(kop + """
        artikel 51
          regel p volgens tabel op 1️⃣inkomen
            tot €1.000 -> 10%
            vanaf €2.000 -> 40%
          einde
        """, [.at("1️⃣", "RW0601", "vanaf € 1.000,00 tot € 2.000,00 valt in geen rij")])
    }

    @Test func grensZelfValtBuitenDeTabel() {
        // "tot €1.000" and "meer dan €1.000" both leave out exactly €1.000.
        expectDiagnostics(kop + """
        artikel 51
          regel p volgens tabel op 1️⃣inkomen
            tot €1.000 -> 10%
            meer dan €1.000 -> 20%
          einde
        """, [.at("1️⃣", "RW0601", "€ 1.000,00 valt in geen rij")])
    }

    @Test func ondergrensOntbreekt() {
        expectDiagnostics(kop + """
        artikel 51
          regel p volgens tabel op 1️⃣inkomen
            vanaf €0 -> 10%
          einde
        """, [.at("1️⃣", "RW0601", "minder dan € 0,00 valt in geen rij")])
    }

    @Test func overlapBijUniekeTreffer() {
        expectDiagnostics(kop + """
        artikel 51
          regel p volgens tabel op inkomen
            tot €2.000 -> 10%
            1️⃣vanaf €1.000 -> 20%
          einde
        """, [.at("1️⃣", "RW0602", "de rijen 'tot €2.000' en 'vanaf €1.000' overlappen")])
    }

    @Test func eersteTrefferStaatOverlapToeMaarGeenOnbereikbareRij() {
        expectDiagnostics(kop + """
        artikel 51
          regel p volgens tabel op inkomen met eerste treffer
            tot €2.000 -> 10%
            1️⃣tot €1.000 -> 20%
            vanaf €1.000 -> 40%
          einde
        """, [.at("1️⃣", "RW0603", "rij 'tot €1.000' wordt nooit bereikt")])
    }

    @Test func rijNaAndersIsOnbereikbaar() {
        expectDiagnostics(kop + """
        artikel 51
          regel p volgens tabel op inkomen
            tot €1.000 -> 10%
            anders -> 20%
            1️⃣vanaf €5.000 -> 40%
          einde
        """, [.at("1️⃣", "RW0603", "nooit bereikt")])
    }

    @Test func keuzesMoetenAllemaalGedektZijn() {
        expectDiagnostics(kop + """
        artikel 48
          regel p volgens tabel op 1️⃣categorie
            onderdeel a: eerste -> 10%
            onderdeel b: tweede -> 20%
          einde
        """, [.at("1️⃣", "RW0605", "ontbrekend: derde")])
    }

    @Test func keuzeTweeKeerIsOverlap() {
        expectDiagnostics(kop + """
        artikel 48
          regel p volgens tabel op categorie
            onderdeel a: eerste, tweede -> 10%
            1️⃣onderdeel b: tweede, derde -> 20%
          einde
        """, [.at("1️⃣", "RW0602", "overlappen")])
    }

    @Test func grenzenMoetenVastStaan() {
        expectDiagnostics(kop + """
        artikel 51
          regel p volgens tabel op inkomen
            tot 1️⃣vermogen -> 10%
            anders -> 20%
          einde
        """, [.at("1️⃣", "RW0604", "vaste waarde")])
    }

    @Test func aantalUitkomstenPerRij() {
        expectDiagnostics(kop + """
        artikel 48
          regel p, d volgens tabel op categorie
            eerste -> 10%, 1 maand
            tweede -> 1️⃣20%
            derde -> 30%, 1 maand
          einde
        """, [.at("1️⃣", "RW0606", "de tabel levert 2 uitkomsten, maar deze rij geeft er 1")])
    }

    @Test func heleGetallenSluitenAanZonderGat() {
        // For whole numbers "tot en met 26" and "vanaf 27" leave nothing out.
        let c = compileer("regeling \"T\"\ngeval\n leeftijd: geheel getal\neinde\nartikel 1\n regel p volgens tabel op leeftijd\n tot en met 26 -> 1\n vanaf 27 -> 2\n einde\n")
        #expect(!c.diagnostics.heeftFouten)
    }

    @Test func openTermenAlsGrenzen() {
        // A municipality that fills the bounds in the wrong order breaks the table: the check says so, at
        // the fill-in that bounds the row (the model's row is a note).
        expectDiagnostics(kop + """
        artikel 51
          open grens_a: bedrag
          open grens_b: bedrag
          regel p volgens tabel op inkomen
            tot grens_a -> 10%
            van grens_a tot grens_b -> 20%
            vanaf grens_b -> 40%
          einde
        invulling 1️⃣grens_a = €2.000
        invulling 2️⃣grens_b = €1.000
        """, [
            .at("1️⃣", "RW0603", "rij 'van grens_a tot grens_b' wordt nooit bereikt"),
            .at("2️⃣", "RW0602", "de rijen 'tot grens_a' en 'vanaf grens_b' overlappen"),
        ])
    }
}
