import Foundation
import Yams

/// The pipeline's stages one at a time, for the benchmark (`dafu-bench --stages` times each).
/// Each is the very code `InputLoader`, `Pipeline` and `BatchRunner` run, split where they
/// hand over.
package enum PipelineStages {
    /// YAML: the text composed into node trees.
    package static func compose(_ text: String) throws -> [Node] {
        Array(try YAMLText.documents(text))
    }

    /// Decode: a node tree read into a reply, figures checked.
    package static func decode(_ node: Node, file: String) -> ReplyInput? {
        ReplyInput.read(node, reader: NodeReader(file: file))
    }

    /// Template: context, layout template, block markup, numbered tree.
    package static func document(_ reply: ReplyInput, pipeline: Pipeline) throws -> (ReplyLayout, Document) {
        try pipeline.numberedDocument(reply, templateName: nil)
    }

    /// Layout: the numbered tree as blocks.
    package static func layout(_ reply: ReplyInput, _ document: Document, layout: ReplyLayout, pipeline: Pipeline) -> RenderedReply {
        pipeline.laidOut(reply, document, layout: layout)
    }

    /// A layout's fixed .docx parts compressed with `compression`, once, as a batch does.
    package static func packedParts(_ layout: ReplyLayout, compression: ZipCompression) -> PackedParts {
        layout.docx.packed(with: compression)
    }

    /// Zip: the parts as a .docx, the parts in `packed` reused as in a batch.
    package static func docx(_ parts: [PackagePart], packed: PackedParts?, compression: ZipCompression = .default,
                             deflater: Deflater? = nil) throws -> Data {
        try DocxPackager.package(parts, compression: compression, reusing: packed, deflater: deflater)
    }

    /// Write: staged under a temporary name, hashed, renamed into place.
    package static func write(_ data: Data, name: String, directory: String) throws {
        try StagedOutput(name: name, data: data, directory: directory).commit()
    }
}
