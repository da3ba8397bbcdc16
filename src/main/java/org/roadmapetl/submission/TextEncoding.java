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
 * Decides the encoding of a text export: UTF-8 when the whole file decodes strictly as UTF-8, otherwise
 * Windows-31J when it decodes strictly as that. Never guessed from the name. UTF-16 and other encodings the
 * spec does not name are refused.
 */
final class TextEncoding {

	static final Charset WINDOWS_31J = Charset.forName("windows-31j");

	private TextEncoding() {
	}

	static Charset detect(Path file, String displayName) throws IOException {
		byte[] head = head(file);
		if (looksLikeUtf16(head)) {
			throw new UnreadableSubmissionException.Undecodable(displayName,
					"UTF-16 text is not a supported encoding (save the export as UTF-8 or Windows-31J)", null);
		}
		if (indexOfNul(head, 0, 1) >= 0) {
			throw new UnreadableSubmissionException.NotASubmission(displayName,
					"neither a workbook (.xlsx/.xls) nor a text export: the file holds binary data");
		}
		if (decodesStrictly(file, StandardCharsets.UTF_8)) {
			return StandardCharsets.UTF_8;
		}
		if (decodesStrictly(file, WINDOWS_31J)) {
			return WINDOWS_31J;
		}
		throw new UnreadableSubmissionException.Undecodable(displayName,
				"not text in UTF-8 or Windows-31J (the encodings a text export may use)", null);
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(4096);
		}
	}

	/**
	 * UTF-16 starts with its byte order mark, or, without one, shows NUL bytes on one side of every pair only
	 * (ASCII and Japanese alike); neither allowed encoding has NUL bytes in text.
	 */
	private static boolean looksLikeUtf16(byte[] head) {
		if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
				|| (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
			return true;
		}
		boolean evenNul = indexOfNul(head, 0, 2) >= 0;
		boolean oddNul = indexOfNul(head, 1, 2) >= 0;
		return evenNul != oddNul;
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
