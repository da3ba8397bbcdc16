package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides the encoding of a text export: UTF-16 (LE or BE) when it starts with a byte
 * order mark, as Excel's "Unicode テキスト" does; UTF-8 when the whole file decodes strictly
 * as UTF-8, otherwise Windows-31J when it decodes strictly as that. Never guessed from
 * the name. UTF-16 without a byte order mark and encodings the spec does not name are
 * refused.
 */
final class TextEncoding {

	static final Charset WINDOWS_31J = Charset.forName("windows-31j");

	private TextEncoding() {
	}

	static Charset detect(Path file, String displayName) throws IOException {
		byte[] head = head(file);
		if (hasUtf16ByteOrderMark(head)) {
			// The JDK's UTF-16 decoder reads the byte order from the mark and drops the
			// mark.
			return StandardCharsets.UTF_16;
		}
		if (looksLikeUtf16(head)) {
			throw new UnreadableSubmissionException.Undecodable(displayName, new Reason(
					"BOM のない UTF-16 のテキストは確実に読めません。Excel で「Unicode テキスト」「CSV UTF-8」または .xlsx として保存し直して送り直してください",
					"UTF-16 text without a byte order mark cannot be decoded reliably; save it from Excel as "
							+ "\"Unicode テキスト\" (which writes the mark), \"CSV UTF-8\" or as .xlsx"),
					null);
		}
		if (indexOfNul(head, 0, 1) >= 0) {
			throw new UnreadableSubmissionException.NotASubmission(displayName, Reason.NOT_A_ROADMAP_FORMAT);
		}
		if (decodesStrictly(file, StandardCharsets.UTF_8)) {
			return StandardCharsets.UTF_8;
		}
		if (decodesStrictly(file, WINDOWS_31J)) {
			return WINDOWS_31J;
		}
		throw new UnreadableSubmissionException.Undecodable(displayName, new Reason(
				"文字コードが読めません。UTF-8、Shift_JIS (Windows-31J) または BOM 付き UTF-16 で保存し直して送り直してください",
				"not text in UTF-8, Windows-31J or UTF-16 with a byte order mark (the encodings a text export may use); "
						+ "save it again in one of them"),
				null);
	}

	static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(4096);
		}
	}

	static boolean hasUtf16ByteOrderMark(byte[] head) {
		return head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
				|| (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
	}

	/**
	 * UTF-16 without its byte order mark shows its NUL bytes mostly on one side of the
	 * pairs: the high bytes of ASCII (tabs, line ends, digits), where a Japanese
	 * character has a NUL low byte only now and then. Neither 8-bit encoding has NUL
	 * bytes in text; binary data has them on both sides alike.
	 */
	private static boolean looksLikeUtf16(byte[] head) {
		int even = 0;
		int odd = 0;
		for (int i = 0; i < head.length; i++) {
			if (head[i] == 0) {
				if (i % 2 == 0) {
					even++;
				}
				else {
					odd++;
				}
			}
		}
		return (even + odd) * 20 >= head.length && Math.max(even, odd) >= 4 * Math.min(even, odd);
	}

	private static int indexOfNul(byte[] bytes, int start, int step) {
		for (int i = start; i < bytes.length; i += step) {
			if (bytes[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	private static boolean decodesStrictly(Path file, Charset charset) throws IOException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		try (InputStream in = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				end = read < 0;
				if (!end) {
					bytes.position(bytes.position() + read);
				}
				bytes.flip();
				CoderResult result = decoder.decode(bytes, chars, end);
				if (result.isError()) {
					return false;
				}
				chars.clear();
				bytes.compact();
			}
			return !decoder.flush(chars).isError();
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
