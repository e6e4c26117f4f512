package lv.mfa.registry.timeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Calendar TEXT values carry no control characters RFC 5545 forbids. */
class IcsTextTests {

	@Test
	void controlCharactersAreDroppedAndLineBreaksEscaped() {
		assertThat(IcsWriter.escape("a\u000Bb\u000Cc\u001Bd\u0000e\u007Ff")).isEqualTo("abcdef");
		assertThat(IcsWriter.escape("Rīga; Tallinn, Vilnius\r\nnext\tline\\"))
			.isEqualTo("Rīga\\; Tallinn\\, Vilnius\\nnext\tline\\\\");
	}

}
