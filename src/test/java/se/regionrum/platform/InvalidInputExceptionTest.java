package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

	@Test
	void throwFirstThrowsTheFirstProblem() {
		InvalidInputException first = new InvalidInputException("name", "validation.taken");
		InvalidInputException second = new InvalidInputException("code", "validation.taken");
		assertThatThrownBy(() -> InvalidInputException.throwFirst(List.of(first, second))).isSameAs(first);
	}

	@Test
	void throwFirstReturnsWhenThereIsNoProblem() {
		assertThatCode(() -> InvalidInputException.throwFirst(List.of())).doesNotThrowAnyException();
	}

}
