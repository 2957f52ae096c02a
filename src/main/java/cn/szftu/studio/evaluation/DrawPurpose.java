package cn.szftu.studio.evaluation;

/** Why a draw was made; kept with its seed for audit. */
public enum DrawPurpose { PANEL, REPLACEMENT, ADDITIONAL }
