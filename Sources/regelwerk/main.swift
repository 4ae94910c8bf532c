// The `regelwerk` command: wires the terminal to the library's CLI and exits with its code.

import Foundation
import Regelwerk

let io = InUit(
    schrijf: { FileHandle.standardOutput.write(Data($0.utf8)) },
    schrijfFout: { FileHandle.standardError.write(Data($0.utf8)) },
    leesStandaardInvoer: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) },
    leesBlok: {
        let d = FileHandle.standardInput.availableData
        return d.isEmpty ? nil : [UInt8](d)
    }
)
exit(RegelwerkCLI.voerUit(Array(CommandLine.arguments.dropFirst()), io).rawValue)
