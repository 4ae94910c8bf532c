// Syntax: the parts of the ordinance open while the parser reads a file; the parser builds the tree of
// ``Artikel``, ``Variant``, ``Artikel/Lid`` and ``Artikel/Onderdeel`` here, directly and without recursion.

/// The parts of the ordinance being written, outermost first: an article, and in it perhaps a variant, a
/// lid and an onderdeel. The grammar has these four levels and no more, so four slots are the whole stack. A
/// declaration goes into the innermost open part; a part goes into its parent when a part of its own level
/// or higher begins (a lid ends the lid before and its onderdeel; a variant ends the leden before it).
struct OpenDelen {
    var artikel: Artikel?
    var variant: Variant?
    var lid: Artikel.Lid?
    var onderdeel: Artikel.Onderdeel?

    /// Where a declaration written now stands: the open article, lid and onderdeel (a variant does not
    /// change the citation).
    var citaat: Citaat? {
        guard let artikel else { return nil }
        return Citaat(artikel: artikel.nummer, lid: lid?.nummer, onderdeel: onderdeel?.label, wet: artikel.wet)
    }

    /// Puts a declaration into the innermost open part; false when no article is open.
    mutating func voegToe(_ d: Declaratie) -> Bool {
        if onderdeel != nil {
            onderdeel?.declaraties.append(d)
        } else if lid != nil {
            lid?.declaraties.append(d)
        } else if variant != nil {
            variant?.declaraties.append(d)
        } else if artikel != nil {
            artikel?.declaraties.append(d)
        } else {
            return false
        }
        return true
    }

    /// An onderdeel: in the open lid, else in the open variant, else in the article itself.
    mutating func begin(_ o: Artikel.Onderdeel) {
        sluitOnderdeel()
        onderdeel = o
    }

    /// A lid: in the open variant, else in the article itself.
    mutating func begin(_ l: Artikel.Lid) {
        sluitLid()
        lid = l
    }

    /// A variant: it runs to the next article.
    mutating func begin(_ v: Variant) {
        sluitVariant()
        variant = v
    }

    /// Closes everything open and returns the article, complete, if one was open.
    mutating func sluitArtikel() -> Artikel? {
        sluitVariant()
        defer { artikel = nil }
        return artikel
    }

    mutating func sluitOnderdeel() {
        guard let o = onderdeel else { return }
        onderdeel = nil
        if lid != nil {
            lid?.onderdelen.append(o)
        } else if variant != nil {
            variant?.onderdelen.append(o)
        } else {
            artikel?.onderdelen.append(o)
        }
    }

    mutating func sluitLid() {
        sluitOnderdeel()
        guard let l = lid else { return }
        lid = nil
        if variant != nil {
            variant?.leden.append(l)
        } else {
            artikel?.leden.append(l)
        }
    }

    mutating func sluitVariant() {
        sluitLid()
        guard let v = variant else { return }
        variant = nil
        artikel?.varianten.append(v)
    }
}
