// Tools: the threads around `batch`'s deciding, so that reading, deciding and writing overlap (issue 17):
// one reads the input ahead while the cores decide a block, another writes the previous block's records.
// Both hold a bounded amount, so memory stays flat however long the input is.

import Foundation

/// Reads the input ahead on a thread of its own, at most ``maximum`` bytes ahead of the reader.
public final class Vooruitlezer: @unchecked Sendable {
    let voorraad = NSCondition()
    var stukken: [[UInt8]] = []
    var begin = 0
    var inVoorraad = 0
    var klaar = false
    var gestopt = false
    /// Bytes handed on so far (for the progress line's estimate).
    public private(set) var gelezen = 0
    let maximum: Int

    /// `lees` gives the next piece of input, nil at its end; it is called on the read-ahead thread only.
    public init(maximum: Int = 8 << 20, _ lees: @escaping () -> [UInt8]?) {
        self.maximum = maximum
        let bron = Bron(lees: lees)
        Thread.detachNewThread { [self] in
            while true {
                voorraad.lock()
                while inVoorraad >= maximum && !gestopt { voorraad.wait() }
                let stop = gestopt
                voorraad.unlock()
                let stuk = stop ? nil : bron.lees()
                voorraad.lock()
                if let stuk {
                    stukken.append(stuk)
                    inVoorraad += stuk.count
                } else {
                    klaar = true
                }
                voorraad.broadcast()
                voorraad.unlock()
                if stuk == nil { return }
            }
        }
    }

    /// A reading function for an open file: pieces of up to 1 MiB, read with read(2) straight into the array (no
    /// `Data` in between to copy from: a second copy of every byte of a batch's input); nil at the end, and nil
    /// after calling `bijFout` with the system's error number when the file cannot be read on. Used by `regelwerk
    /// batch` and the benchmark alike.
    public static func stukken(uit bestand: FileHandle, bijFout: @escaping (Int32) -> Void) -> () -> [UInt8]? {
        return {
            var fout: Int32 = 0
            let stuk = [UInt8](unsafeUninitializedCapacity: 1 << 20) { buffer, aantal in
                aantal = 0
                guard let basis = buffer.baseAddress else { return }
                while true {
                    let n = read(bestand.fileDescriptor, basis, buffer.count)
                    if n >= 0 { aantal = n; return }
                    if errno != EINTR { fout = errno; return }
                }
            }
            if fout != 0 { bijFout(fout) }
            return stuk.isEmpty ? nil : stuk
        }
    }

    /// The reading function, handed from the thread that makes it to the read-ahead thread that alone calls it.
    struct Bron: @unchecked Sendable { let lees: () -> [UInt8]? }

    /// The next piece, waiting for it if need be; nil at the end of the input.
    public func lees() -> [UInt8]? {
        voorraad.lock()
        defer { voorraad.unlock() }
        while begin == stukken.count && !klaar { voorraad.wait() }
        guard begin < stukken.count else { return nil }
        let stuk = stukken[begin]
        stukken[begin] = []
        begin += 1
        if begin > 64 {
            stukken.removeFirst(begin)
            begin = 0
        }
        inVoorraad -= stuk.count
        gelezen += stuk.count
        voorraad.broadcast()
        return stuk
    }

    /// Lets the read-ahead thread end without reading on (when the input is not read to its end).
    public func stop() {
        voorraad.lock()
        gestopt = true
        voorraad.broadcast()
        voorraad.unlock()
    }
}

/// Writes blocks of records in order on a thread of its own; at most two blocks wait to be written.
public final class Achterschrijver: @unchecked Sendable {
    let rij = DispatchQueue(label: "regelwerk.batch.schrijven")
    let ruimte = DispatchSemaphore(value: 2)
    let schrijf: ([UInt8]) -> Void

    public init(_ schrijf: @escaping ([UInt8]) -> Void) { self.schrijf = schrijf }

    /// Queues `bytes` after what is queued already (waiting while two blocks wait).
    public func schrijf(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        ruimte.wait()
        rij.async { [self] in
            schrijf(bytes)
            ruimte.signal()
        }
    }

    /// Waits until everything queued is written.
    public func wacht() { rij.sync {} }
}
