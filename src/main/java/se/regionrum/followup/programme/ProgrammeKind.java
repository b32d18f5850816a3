package se.regionrum.followup.programme;

/** A programme (program) runs over years with several projects; a project (projekt) is one piece of work. */
public enum ProgrammeKind {
	PROGRAMME, PROJECT
}
