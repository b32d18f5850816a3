package se.regionrum.followup.mapcomposer;

/** The paper of a map's PDF page, always landscape; sizes in millimetres. */
public enum PaperSize {

	A4(297, 210), A3(420, 297);

	private final int widthMm;

	private final int heightMm;

	PaperSize(int widthMm, int heightMm) {
		this.widthMm = widthMm;
		this.heightMm = heightMm;
	}

	public int widthMm() {
		return widthMm;
	}

	public int heightMm() {
		return heightMm;
	}

	/** The size named, or A4 for anything else. */
	public static PaperSize of(String name) {
		return "A3".equalsIgnoreCase(name) ? A3 : A4;
	}

}
