package cn.szftu.studio.evaluation;

import java.util.List;

/**
 * What a draw left: whether every seat of the panel is held, the seats that still have to declare and score, and the
 * figures the city office sees when too few experts are eligible.
 */
public record PanelFill(boolean complete, List<Integer> pendingSeats, int seatsHeld, int panelSize) {

  public PanelFill {
    pendingSeats = List.copyOf(pendingSeats);
  }
}
