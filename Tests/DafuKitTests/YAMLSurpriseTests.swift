import XCTest
@testable import DafuKit

/// YAML 1.1 reads 012 as octal, no as false and dates as timestamps; a reply wants the text.
final class YAMLSurpriseTests: XCTestCase {
    func testNumbersCodesAndDatesStayText() throws {
        let yaml = """
        kind: proposal-reply
        header:
          doc_number: 012
          signer: no
          result_class: yes
        proposal:
          session: 市政协十三届三次会议
          number: 0257
          title: 1e3
          proposers:
            - name: true
              role: 委员
        date: 2025-05-14
        contact:
          phone: 03733681234
        """
        let reply = try TestSupport.reply(yaml)
        XCTAssertEqual(reply.header.docNumber?.value, "012")
        XCTAssertEqual(reply.header.signer?.value, "no")
        XCTAssertEqual(reply.header.resultClass?.value, "yes")
        XCTAssertEqual(reply.proposal.number?.value, "0257")
        XCTAssertEqual(reply.proposal.title?.value, "1e3")
        XCTAssertEqual(reply.proposal.proposers.first?.name.value, "true")
        XCTAssertEqual(reply.contact?.phone?.value, "03733681234")
        XCTAssertEqual(reply.date?.value.chinese, "2025年5月14日")
    }

    func testNullMeansAbsent() throws {
        let reply = try TestSupport.reply(TestSupport.minimalReply("issuer: ~\nclosing: null\naddressee:\n"))
        XCTAssertNil(reply.issuer)
        XCTAssertEqual(reply.closing.count, 0)
        XCTAssertNil(reply.addressee)
    }

    func testQuotedNullIsText() throws {
        XCTAssertEqual(try TestSupport.reply(TestSupport.minimalReply("issuer: \"null\"\n")).issuer?.value, "null")
    }

    func testJSONIsAccepted() throws {
        let json = #"{"kind": "suggestion-reply", "proposal": {"session": "市十四届人大一次会议", "number": 115, "title": "关于加强养老服务的建议", "proposers": [{"name": "黄某", "role": "代表"}]}, "date": "2025-05-14"}"#
        let text = try TestSupport.text(json)
        XCTAssertTrue(text.hasPrefix("对市十四届人大一次会议第115号建议的答复\n\n黄某代表：\n"), text)
    }

    func testBOMAndCRLFAreAccepted() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data(TestSupport.minimalReply("closing: 感谢。\n").replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let loaded = InputLoader.load(data: data, file: "crlf.yaml")
        XCTAssertEqual(loaded.diagnostics, [])
        XCTAssertEqual(loaded.replies.first?.reply.closing.first?.value, "感谢。")
    }

    func testMultiDocumentStreamGivesSeveralReplies() {
        let stream = TestSupport.minimalReply() + "---\n" + TestSupport.minimalReply("closing: 乙\n")
        let loaded = InputLoader.load(text: stream, file: "s.yaml")
        XCTAssertEqual(loaded.documentCount, 2)
        XCTAssertEqual(loaded.replies.map(\.index), [1, 2])
    }

    func testFoldedLinesJoinWithoutSpacesBetweenChineseCharacters() throws {
        let reply = try TestSupport.reply(TestSupport.minimalReply("closing: |\n  感谢您对\n  民政工作的支持，\n  see www.example.org\n  for details\n"))
        XCTAssertEqual(reply.closing.first?.value, "感谢您对民政工作的支持，see www.example.org for details")
    }
}
